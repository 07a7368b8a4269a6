#!/usr/bin/env node
// Language server for other editors: oscar-facts-server --stdio
require("../dist/server.js");
