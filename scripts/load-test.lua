-- wrk script for scripts/load-test.sh: POSTs realistic drafts to /api/v1/checks in turn, or to
-- the path in CHECK_PATH (the load test also sends them to /api/v1/previews, which stores nothing).
-- The drafts are the benchmark's short and medium posts (src/jmh/resources/benchmark).

local function read_posts(path)
  local file = assert(io.open(path, "r"))
  local text = file:read("*a")
  file:close()
  local posts = {}
  for post in (text .. "\n---\n"):gmatch("(.-)\n%-%-%-\n") do
    post = post:gsub("^%s+", ""):gsub("%s+$", "")
    if #post > 0 then
      table.insert(posts, post)
    end
  end
  return posts
end

local function json_string(s)
  s = s:gsub('\\', '\\\\'):gsub('"', '\\"'):gsub('\n', '\\n'):gsub('\r', '\\r'):gsub('\t', '\\t')
  return '"' .. s .. '"'
end

local bodies = {}
local platforms = { "twitter", "facebook", "forum", "linkedin" }
local dir = os.getenv("BENCHMARK_POSTS") or "src/jmh/resources/benchmark"
for _, name in ipairs({ "short", "short", "short", "medium" }) do
  for i, post in ipairs(read_posts(dir .. "/" .. name .. ".txt")) do
    local context = '{"platform": "' .. platforms[(i % #platforms) + 1] .. '", "audience": "public", "namedAccount": '
        .. ((i % 2 == 0) and "true" or "false") .. '}'
    table.insert(bodies, '{"text": ' .. json_string(post) .. ', "context": ' .. context .. '}')
  end
end

local path = os.getenv("CHECK_PATH") or "/api/v1/checks"
local counter = 0

request = function()
  counter = counter + 1
  local body = bodies[(counter % #bodies) + 1]
  return wrk.format("POST", path, { ["Content-Type"] = "application/json" }, body)
end
