-- Minimal Neovim (0.7+) config for the Oscar Facts end-to-end test: the built-in LSP
-- client starts oscar-facts-server over stdio for Markdown and text buffers.
local server = os.getenv("OSCAR_FACTS_SERVER")
local node = os.getenv("OSCAR_FACTS_NODE") or "node"

vim.api.nvim_create_autocmd("FileType", {
  pattern = { "markdown", "text" },
  callback = function(args)
    local id = vim.lsp.start_client({
      name = "oscar-facts",
      cmd = { node, server, "--stdio" },
      root_dir = vim.fn.getcwd(),
      settings = { oscarFacts = { defaultCeremony = 97 } },
    })
    vim.lsp.buf_attach_client(args.buf, id)
  end,
})

-- Waits for diagnostics, asks for a hover, the inlay hints and a completion, writes them as JSON, quits.
function OscarFactsReport()
  local out = os.getenv("OSCAR_FACTS_NVIM_OUT")
  local result = { diagnostics = {}, hover = vim.NIL }
  vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 end, 100)
  for _, d in ipairs(vim.diagnostic.get(0)) do
    local lsp = (d.user_data or {}).lsp or {}
    table.insert(result.diagnostics, {
      line = d.lnum, col = d.col, message = d.message, source = d.source or vim.NIL,
      code = lsp.code or d.code or vim.NIL, severity = d.severity,
    })
  end
  local params = {
    textDocument = vim.lsp.util.make_text_document_params(),
    position = { line = tonumber(os.getenv("OSCAR_FACTS_HOVER_LINE")), character = tonumber(os.getenv("OSCAR_FACTS_HOVER_COL")) },
  }
  local responses = vim.lsp.buf_request_sync(0, "textDocument/hover", params, 10000) or {}
  for _, r in pairs(responses) do
    if r.result and r.result.contents then result.hover = r.result.contents.value or r.result.contents end
  end
  -- The ✓ marks (textDocument/inlayHint) over the whole buffer, and names completing a word.
  result.hints = {}
  local whole = { start = { line = 0, character = 0 }, ["end"] = { line = vim.api.nvim_buf_line_count(0), character = 0 } }
  local hints = vim.lsp.buf_request_sync(0, "textDocument/inlayHint", { textDocument = params.textDocument, range = whole }, 10000) or {}
  for _, r in pairs(hints) do
    for _, h in ipairs(r.result or {}) do
      table.insert(result.hints, { line = h.position.line, character = h.position.character, label = h.label, tooltip = (h.tooltip or {}).value or h.tooltip })
    end
  end
  result.completion = {}
  local at = { line = tonumber(os.getenv("OSCAR_FACTS_COMPLETE_LINE")), character = tonumber(os.getenv("OSCAR_FACTS_COMPLETE_COL")) }
  local items = vim.lsp.buf_request_sync(0, "textDocument/completion", { textDocument = params.textDocument, position = at }, 10000) or {}
  for _, r in pairs(items) do
    for _, item in ipairs((r.result or {}).items or {}) do
      table.insert(result.completion, { label = item.label, detail = item.detail, newText = item.textEdit and item.textEdit.newText, range = item.textEdit and item.textEdit.range })
    end
  end
  local f = assert(io.open(out, "w"))
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd("qa!")
end
