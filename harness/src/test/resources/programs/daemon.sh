#!/bin/sh
# A node written for Herald's tests that leaves a daemon behind: "sleep SECONDS" in a session of its
# own (setsid), so that it is neither in the node's process group nor, once the shell that started
# it exits, among its descendants. Herald must kill it too. Then it becomes the flooding node.
setsid sh -c "sleep $1 & exit 0"
shift
exec python3 "$(dirname "$0")/flood.py" "$@"
