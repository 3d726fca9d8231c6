#!/bin/sh
# A node written for Herald's tests that starts in time only in the first scenario: each copy leaves
# a file in the folder given as its first argument; the first five become the flooding node, every
# later copy stays silent (as a JVM on a machine too loaded to answer init in time would).
dir="$1"
shift
mktemp -p "$dir" node.XXXXXX > /dev/null
if [ "$(ls "$dir" | wc -l)" -le 5 ]; then
    exec python3 "$(dirname "$0")/flood.py" "$@"
fi
exec sleep 30
