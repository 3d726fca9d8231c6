#!/usr/bin/env python3
"""A Maelstrom broadcast node written for Herald's tests: it answers broadcasts and reads, but with
in_reply_to 0 (a counter of its own that starts at 0, where the request's msg_id belongs), so no
request of the clients', whose ids start at 1, is ever answered: its own fault, which must fail it,
not leave it inconclusive."""
import json
import sys

node_id = None
values = []
next_id = 0


def send(dest, body):
    global next_id
    next_id += 1
    body["msg_id"] = next_id
    print(json.dumps({"src": node_id, "dest": dest, "body": body}), flush=True)


for line in sys.stdin:
    msg = json.loads(line)
    body = msg["body"]
    if body["type"] == "init":
        node_id = body["node_id"]
        send(msg["src"], {"type": "init_ok", "in_reply_to": body["msg_id"]})
    elif body["type"] == "topology":
        send(msg["src"], {"type": "topology_ok", "in_reply_to": body["msg_id"]})
    elif body["type"] == "broadcast":
        values.append(body["message"])
        send(msg["src"], {"type": "broadcast_ok", "in_reply_to": 0})
    elif body["type"] == "read":
        send(msg["src"], {"type": "read_ok", "messages": values, "in_reply_to": 0})
