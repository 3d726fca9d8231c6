#!/usr/bin/env node
// A Maelstrom broadcast node written for Herald's tests, in JavaScript: flooding, resent every
// 50 ms until acknowledged. With --read-twice its reads list the first value it learned twice.
'use strict';
const readline = require('readline');

const readTwice = process.argv.includes('--read-twice');
let nodeId = null;
let nodeIds = [];
const values = [];
const unacked = new Map(); // "peer value" -> {peer, value}
const gossipSent = new Map(); // msg_id -> "peer value"
let nextId = 0;

function send(dest, body) {
  nextId += 1;
  body.msg_id = nextId;
  process.stdout.write(JSON.stringify({src: nodeId, dest, body}) + '\n');
  return nextId;
}

function reply(msg, body) {
  body.in_reply_to = msg.body.msg_id;
  send(msg.src, body);
}

function gossip(peer, value) {
  const key = peer + ' ' + value;
  unacked.set(key, {peer, value});
  gossipSent.set(send(peer, {type: 'gossip', message: value}), key);
}

function learn(value, sender) {
  if (values.includes(value)) return;
  values.push(value);
  for (const peer of nodeIds) {
    if (peer !== nodeId && peer !== sender) gossip(peer, value);
  }
}

setInterval(() => {
  for (const {peer, value} of [...unacked.values()]) gossip(peer, value);
}, 50);

readline.createInterface({input: process.stdin}).on('line', (line) => {
  const msg = JSON.parse(line);
  const body = msg.body;
  switch (body.type) {
    case 'init':
      nodeId = body.node_id;
      nodeIds = body.node_ids;
      reply(msg, {type: 'init_ok'});
      break;
    case 'topology':
      reply(msg, {type: 'topology_ok'});
      break;
    case 'broadcast':
      learn(body.message, null);
      reply(msg, {type: 'broadcast_ok'});
      break;
    case 'read':
      reply(msg, {type: 'read_ok', messages: readTwice && values.length > 0 ? [values[0], ...values] : values});
      break;
    case 'gossip':
      learn(body.message, msg.src);
      reply(msg, {type: 'gossip_ok'});
      break;
    case 'gossip_ok':
      unacked.delete(gossipSent.get(body.in_reply_to));
      gossipSent.delete(body.in_reply_to);
      break;
  }
}).on('close', () => process.exit(0));
