-- wrk: every request registers a new person (an e-mail address of its own) for one of the meetings in REG_MEETINGS
-- (comma-separated ids), in turn. REG_RUN keeps addresses unique between runs against the same meetings.
-- REG_THINK_MS (default 0): each client waits a random 0..2x that many milliseconds before its next registration, as
-- people filling in the form would; wrk's latency figures do not include the wait.
local meetings = {}
for id in string.gmatch(os.getenv("REG_MEETINGS") or "", "[0-9]+") do
   meetings[#meetings + 1] = id
end
local run = os.getenv("REG_RUN") or tostring(os.time())
local think = tonumber(os.getenv("REG_THINK_MS") or "0")
local threads = 0

setup = function(thread)
   threads = threads + 1
   thread:set("tid", threads)
end

local counter = 0
request = function()
   counter = counter + 1
   local meeting = meetings[1 + counter % #meetings]
   local body = string.format(
      '{"name":"Belasting Test","email":"bench-%s-%d-%d@example.org","kind":"INWONER","consent":true,"language":"nl"}',
      run, tid or 0, counter)
   return wrk.format("POST", "/api/meetings/" .. meeting .. "/registrations",
      { ["Content-Type"] = "application/json" }, body)
end

if think > 0 then
   delay = function()
      return math.random(0, 2 * think)
   end
end

dofile("scripts/benchmark/p95.lua")
