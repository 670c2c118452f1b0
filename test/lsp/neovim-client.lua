-- Drive `orglint lsp` from Neovim's own LSP client (Neovim 0.7+, headless): open the file, wait for the
-- diagnostics, apply the preferred quick fix through Neovim's workspace-edit code, wait for the diagnostics
-- to clear, and write what happened to ORGLINT_OUT (one line per event).
local cli = os.getenv('ORGLINT_CLI')
local file = os.getenv('ORGLINT_FILE')
local out = os.getenv('ORGLINT_OUT')
local lines = {}
local function log(s) table.insert(lines, s) end
local function finish(code)
  vim.fn.writefile(lines, out)
  vim.cmd((code == 0) and 'qa!' or 'cquit! ' .. code)
end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local bufnr = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = 'orglint',
  cmd = { 'node', cli, 'lsp', '--stdio' },
  root_dir = vim.fn.fnamemodify(file, ':h'),
})
if not client_id then log('start_client failed'); finish(3) end
vim.lsp.buf_attach_client(bufnr, client_id)

local function diags() return vim.diagnostic.get(bufnr) end
if not vim.wait(20000, function() return #diags() > 0 end, 50) then log('no diagnostics'); finish(4) end
for _, d in ipairs(diags()) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or '?'
  log(string.format('diagnostic %d:%d-%d:%d %s %s', d.lnum, d.col, d.end_lnum, d.end_col, code, d.message))
end

local client = vim.lsp.get_client_by_id(client_id)
local d = diags()[1]
local params = {
  textDocument = { uri = vim.uri_from_bufnr(bufnr) },
  range = { start = { line = d.lnum, character = d.col }, ['end'] = { line = d.end_lnum, character = d.end_col } },
  context = { diagnostics = { d.user_data and d.user_data.lsp or {} } },
}
local resp = client.request_sync('textDocument/codeAction', params, 10000, bufnr)
if not resp or not resp.result then log('no code actions'); finish(5) end
local chosen
for _, a in ipairs(resp.result) do
  log('action ' .. a.title .. (a.isPreferred and ' (preferred)' or ''))
  if a.isPreferred then chosen = a end
end
if not chosen then log('no preferred action'); finish(6) end
vim.lsp.util.apply_workspace_edit(chosen.edit, 'utf-16')
log('after ' .. vim.api.nvim_buf_get_lines(bufnr, d.lnum, d.lnum + 1, false)[1])
if not vim.wait(20000, function() return #diags() == 0 end, 50) then log('diagnostics did not clear'); finish(7) end
log('cleared')
vim.lsp.stop_client(client_id)
finish(0)
