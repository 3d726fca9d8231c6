#!/usr/bin/env node
// A Maelstrom node written for Herald's tests that dies at start, before it answers init.
'use strict';
process.stderr.write('dies.js: cannot find my configuration, giving up\n');
process.exit(1);
