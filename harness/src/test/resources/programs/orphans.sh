#!/bin/sh
# A node written for Herald's tests that leaves a process behind: it starts "sleep SECONDS" in the
# background (SECONDS is its first argument, so a test can find it), then becomes the flooding node.
# Herald must kill the sleep too.
sleep "$1" &
shift
exec python3 "$(dirname "$0")/flood.py" "$@"
