-- Headless Neovim with its built-in LSP client on piiflow-clangd (test/clangd/neovim.test):
-- open the file, wait for the privacy diagnostics, print them and their code actions, apply the
-- action that drops the property (its title starts "remove"), wait for the diagnostics again,
-- print them, write the file and quit. PIIFLOW_CLANGD names the server, NVIM_OUT the output.
local server = os.getenv("PIIFLOW_CLANGD")
local out = io.open(os.getenv("NVIM_OUT"), "w")
local function say(s) out:write(s .. "\n"); out:flush() end
local function privacy(bufnr)
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.code and tostring(d.code):match("^privacy%-") then
      table.insert(found, d)
    end
  end
  return found
end
-- After the files are loaded: the buffer must be loaded for the client to attach.
vim.api.nvim_create_autocmd("VimEnter", {callback = function()
  local bufnr = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({name = "piiflow-clangd", cmd = {server}, root_dir = vim.fn.getcwd()})
  vim.lsp.buf_attach_client(bufnr, client_id)
  local ok = vim.wait(60000, function() return #privacy(bufnr) > 0 end, 100)
  if not ok then
    say("timed out; diagnostics: " .. vim.inspect(vim.diagnostic.get(bufnr)))
    say("clients: " .. vim.inspect(vim.tbl_keys(vim.lsp.buf_get_clients(bufnr))))
    vim.cmd("qa!")
  end
  for _, d in ipairs(privacy(bufnr)) do
    say(string.format("%d:%d [%s] %s", d.lnum + 1, d.col + 1, tostring(d.code), d.message))
  end
  local client = vim.lsp.get_client_by_id(client_id)
  local before = #privacy(bufnr)
  for _, d in ipairs(privacy(bufnr)) do
    local params = {textDocument = {uri = vim.uri_from_bufnr(bufnr)},
      range = {start = {line = d.lnum, character = d.col}, ["end"] = {line = d.end_lnum, character = d.end_col}},
      -- Neovim 0.7 keeps only the LSP fields it does not map in user_data.lsp: put them back.
      context = {diagnostics = {vim.tbl_extend("force", (d.user_data and d.user_data.lsp) or {}, {
        range = {start = {line = d.lnum, character = d.col}, ["end"] = {line = d.end_lnum, character = d.end_col}},
        message = d.message, severity = d.severity})}}}
    local result = client.request_sync("textDocument/codeAction", params, 10000, bufnr)
    for _, action in ipairs((result and result.result) or {}) do
      say("action " .. action.title)
      if action.title:match("^remove") and action.edit then
        say("applying " .. action.title)
        vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding or "utf-16")
      end
    end
  end
  vim.wait(60000, function() return #privacy(bufnr) < before end, 100)
  for _, d in ipairs(privacy(bufnr)) do
    say(string.format("after: %d:%d [%s] %s", d.lnum + 1, d.col + 1, tostring(d.code), d.message))
  end
  vim.cmd("write")
  out:close()
  vim.cmd("qa!")
end})
