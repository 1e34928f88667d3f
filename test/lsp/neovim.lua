-- Neovim 0.7's own LSP client against `cfwasm lsp --stdio` (test/lsp/neovim.test.ts runs it
-- headless): opens the policy named by $POLICY, waits for diagnostics, asks for a hover, a
-- definition, the document symbols and formatting, and writes what it got as JSON to $OUT.
local out = {}
local function finish()
  local f = io.open(os.getenv('OUT'), 'w')
  f:write(vim.fn.json_encode(out))
  f:close()
  vim.cmd('qa!')
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('POLICY')))
  local buf = vim.api.nvim_get_current_buf()
  local id = vim.lsp.start_client({
    name = 'cfwasm',
    cmd = { os.getenv('NODE'), os.getenv('CFWASM'), 'lsp', '--stdio' },
    root_dir = vim.fn.fnamemodify(os.getenv('POLICY'), ':h'),
    settings = { cfwasm = { debounceMs = 0 } },
  })
  vim.lsp.buf_attach_client(buf, id)
  out.attached = vim.wait(20000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
  out.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(out.diagnostics, { line = d.lnum, col = d.col, message = d.message, code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) })
  end
  local client = vim.lsp.get_client_by_id(id)
  local uri = vim.uri_from_bufnr(buf)
  local function ask(method, params)
    local r = client.request_sync(method, params, 20000, buf)
    return r and r.result or { error = r and r.err or 'timeout' }
  end
  local function at(line, character)
    return { textDocument = { uri = uri }, position = { line = line, character = character } }
  end
  out.hover = ask('textDocument/hover', at(tonumber(os.getenv('HOVER_LINE')), tonumber(os.getenv('HOVER_COL'))))
  out.definition = ask('textDocument/definition', at(tonumber(os.getenv('DEF_LINE')), tonumber(os.getenv('DEF_COL'))))
  out.symbols = ask('textDocument/documentSymbol', { textDocument = { uri = uri } })
  -- Formatting as a user runs it: the edits applied to the buffer.
  vim.lsp.buf.formatting_sync(nil, 20000)
  out.formatted = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), '\n')
  -- Typing as a user does: the typo's last letter replaced in place (Neovim sends the change
  -- incrementally), and the CF012 goes away.
  for i, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    local at = line:find('webserverz', 1, true)
    if at then vim.api.nvim_buf_set_text(buf, i - 1, at + 8, i - 1, at + 9, { 's' }) end
  end
  out.sync = client.server_capabilities.textDocumentSync
  out.fixed = vim.wait(20000, function() return #vim.diagnostic.get(buf) == 0 end, 50)
end)
if not ok then out.error = tostring(err) end
finish()
