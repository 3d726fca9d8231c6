#!/bin/sh
# A node written for Herald's tests that leaves processes behind: it starts a long sleep in the
# background, then becomes the flooding node. Herald must kill the sleep too.
sleep 300 &
echo "orphans.sh: started sleep $!" >&2
exec python3 "$(dirname "$0")/flood.py" "$@"
