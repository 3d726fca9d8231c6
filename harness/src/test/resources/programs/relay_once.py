#!/usr/bin/env python3
"""A Maelstrom broadcast node written for Herald's tests: it relays each new value once and never
resends it, so a message lost on the way is lost for good."""
import json
import sys

node_id = None
node_ids = []
values = []
next_id = 0


def send(dest, body):
    global next_id
    next_id += 1
    body["msg_id"] = next_id
    print(json.dumps({"src": node_id, "dest": dest, "body": body}), flush=True)


def reply(msg, body):
    body["in_reply_to"] = msg["body"]["msg_id"]
    send(msg["src"], body)


def learn(value, sender):
    if value in values:
        return
    values.append(value)
    for peer in node_ids:
        if peer not in (node_id, sender):
            send(peer, {"type": "relay", "message": value})


for line in sys.stdin:
    msg = json.loads(line)
    body = msg["body"]
    if body["type"] == "init":
        node_id, node_ids = body["node_id"], body["node_ids"]
        reply(msg, {"type": "init_ok"})
    elif body["type"] == "topology":
        reply(msg, {"type": "topology_ok"})
    elif body["type"] == "broadcast":
        learn(body["message"], None)
        reply(msg, {"type": "broadcast_ok"})
    elif body["type"] == "read":
        reply(msg, {"type": "read_ok", "messages": values})
    elif body["type"] == "relay":
        learn(body["message"], msg["src"])
