"""Lua scripts of the Redis SQS store: each store step is one ``EVALSHA`` of one of these.

Every script gets ``KEYS[1]`` = the region's queue registry and ``KEYS[2]`` = the queue prefix ``P``
(both carry the ``{account:region}`` hash tag, so Redis Cluster routes the call to the slot that
holds every key the script derives from ``P``). Layout under ``P`` (see ``redis_store``):

    P:c          hash   rid (insertion counter), seq (FIFO sequence), purged (last purge ms)
    P:m:<id>     hash   one message: b body, p payload, s sender, t sent_ms, v visible_at_ms,
                        c receive count, f first receive ms, k latest token, z index member,
                        g group, d dedup id, q sequence number, l/n dead-letter source
    P:v          zset   every message by visible_at_ms   (member z = zero-padded rid .. id)
    P:t          zset   every message by sent_ms         (retention sweeps)
    P:r          zset   every message by rid             (insertion order: ``move`` takes the oldest)
    P:d          zset   messages sent with a delay and never received, by visible_at_ms (counts)
    P:g:<group>  list   FIFO: a group's message ids in sequence order
    P:gr         zset   FIFO: groups that may be receivable, by their head's rid
    P:gw         zset   FIFO: groups that cannot be receivable before the score (ms)
    P:dd, P:ddt  hash + zset   FIFO dedup records and their acceptance times
    P:a          hash   FIFO receive attempts: "expires id token id token ..."

Move tasks live beside their source queue: ``<ns>{<account>:<region>}:tasks`` (handle -> ``"<order>
<JSON record>"``), so ``MOVE`` changes a task's count in the script that moves its messages.

Status codes returned by delete / change_visibility: 0 ok, 1 stale, 2 missing, 3 not in flight.
"""

from __future__ import annotations

_TASKS = r"""
-- a move task's record: its order prefix ("<n> ") and its decoded JSON. cjson writes numbers with 14
-- significant digits: exact for counts and for epoch milliseconds until the year 5138.
local function task_of(raw)
  local sp = string.find(raw, ' ', 1, true)
  return string.sub(raw, 1, sp), cjson.decode(string.sub(raw, sp + 1))
end
"""

_PRELUDE = r"""
local function pad(rid) return string.format('%015d', rid) end
local function mkey(P, id) return P .. ':m:' .. id end
local function is_fifo(name) return string.sub(name, -5) == '.fifo' end
local function rid_of(z) return tonumber(string.sub(z, 1, 15)) end

-- put a FIFO group back into the "may be receivable" set (receive re-checks it), or drop it if empty
local function requeue_group(P, g)
  local head = redis.call('LINDEX', P .. ':g:' .. g, 0)
  redis.call('ZREM', P .. ':gw', g)
  if head then
    redis.call('ZADD', P .. ':gr', rid_of(redis.call('HGET', mkey(P, head), 'z')), g)
  else
    redis.call('ZREM', P .. ':gr', g)
  end
end

-- remove a message from its queue's indexes (its FIFO group's placement is the caller's business)
local function unlink(P, fifo, id, z, g)
  redis.call('DEL', mkey(P, id))
  redis.call('ZREM', P .. ':v', z)
  redis.call('ZREM', P .. ':t', z)
  redis.call('ZREM', P .. ':r', z)
  redis.call('ZREM', P .. ':d', z)
  if fifo then redis.call('LREM', P .. ':g:' .. (g or ''), 1, id) end
end

-- enqueue m = {id, b, p, s, t, v, g, d, l, n}; returns its sequence number (FIFO) or false.
-- ``moved``: the id may already be here (moved back and forth): replace it. Sends have fresh ids.
local function insert(P, fifo, m, now, moved)
  if moved then
    local old = redis.call('HMGET', mkey(P, m.id), 'z', 'g')
    if old[1] then
      unlink(P, fifo, m.id, old[1], old[2])
      if fifo then requeue_group(P, old[2] or '') end
    end
  end
  local rid = redis.call('HINCRBY', P .. ':c', 'rid', 1)
  local z = pad(rid) .. m.id
  local h = {'b', m.b, 'p', m.p, 's', m.s, 't', m.t, 'v', m.v, 'c', 0, 'z', z}
  if m.g then h[#h + 1] = 'g'; h[#h + 1] = m.g end
  if m.d then h[#h + 1] = 'd'; h[#h + 1] = m.d end
  if m.l then h[#h + 1] = 'l'; h[#h + 1] = m.l; h[#h + 1] = 'n'; h[#h + 1] = m.n end
  local seq = false
  if fifo then
    seq = redis.call('HINCRBY', P .. ':c', 'seq', 1)
    h[#h + 1] = 'q'; h[#h + 1] = seq
  end
  redis.call('HSET', mkey(P, m.id), unpack(h))
  redis.call('ZADD', P .. ':v', m.v, z)
  redis.call('ZADD', P .. ':t', m.t, z)
  redis.call('ZADD', P .. ':r', rid, z)
  if m.v > now then redis.call('ZADD', P .. ':d', m.v, z) end
  if fifo then
    local g = m.g or ''
    if redis.call('RPUSH', P .. ':g:' .. g, m.id) == 1 then
      if m.v > now then redis.call('ZADD', P .. ':gw', m.v, g) else redis.call('ZADD', P .. ':gr', rid, g) end
    end
  end
  return seq
end

-- ZADD of score, member pairs, a bounded number per call (Lua's unpack has a stack limit)
local function zadd_all(key, pairs)
  for i = 1, #pairs, 1000 do
    redis.call('ZADD', key, unpack(pairs, i, math.min(i + 999, #pairs)))
  end
end

local function unlink_all(keys)
  for i = 1, #keys, 1000 do
    redis.call('UNLINK', unpack(keys, i, math.min(i + 999, #keys)))
  end
end

-- drop every message of the queue with all its indexes
local function drop_messages(P)
  local keys = {}
  for _, z in ipairs(redis.call('ZRANGE', P .. ':v', 0, -1)) do keys[#keys + 1] = mkey(P, string.sub(z, 16)) end
  for _, set in ipairs({':gr', ':gw'}) do
    for _, g in ipairs(redis.call('ZRANGE', P .. set, 0, -1)) do keys[#keys + 1] = P .. ':g:' .. g end
  end
  for _, k in ipairs({':v', ':t', ':r', ':d', ':gr', ':gw'}) do keys[#keys + 1] = P .. k end
  unlink_all(keys)
end
"""

CREATE_QUEUE = r"""
local cur = redis.call('HGET', KEYS[1], ARGV[1])
if cur then return {0, cur} end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('HDEL', KEYS[3], ARGV[1])
redis.call('PUBLISH', ARGV[3], ARGV[4])
return {1, ARGV[2]}
"""

UPDATE_QUEUE = r"""
local cur = redis.call('HGET', KEYS[1], ARGV[1])
if not cur then return false end
local q = cjson.decode(cur)
local function merge(into, changes)
  for k, v in pairs(cjson.decode(changes)) do
    if v == cjson.null then into[k] = nil else into[k] = v end
  end
end
if ARGV[3] ~= '' then merge(q.a, ARGV[3]); q.m = ARGV[2] end
if ARGV[4] ~= '' then merge(q.t, ARGV[4]) end
local rec = cjson.encode(q)
redis.call('HSET', KEYS[1], ARGV[1], rec)
redis.call('PUBLISH', ARGV[5], ARGV[6])
return rec
"""

DELETE_QUEUE = (
    _PRELUDE
    + r"""
local reg, P, name = KEYS[1], KEYS[2], ARGV[1]
if redis.call('HDEL', reg, name) == 0 then return 0 end
drop_messages(P)
redis.call('UNLINK', P .. ':c', P .. ':dd', P .. ':ddt', P .. ':a')
redis.call('HSET', KEYS[3], name, ARGV[2])
redis.call('PUBLISH', ARGV[3], ARGV[4])
return 1
"""
)

# ARGV: name, dedup on, dedup window ms, dedup per group, then 8 per message: id, body, payload,
# sender, delay ms, group, dedup id, now ms (one call carries the sends of several requests).
# Returns 3 per message: message id (the first one's, for a duplicate), sequence number or '', duplicate;
# for a standard queue only how many were enqueued (all of them, with the ids sent).
SEND = (
    _PRELUDE
    + r"""
local reg, P, name = KEYS[1], KEYS[2], ARGV[1]
if redis.call('HEXISTS', reg, name) == 0 then return false end
local dedup_on, window, per_group = ARGV[2] == '1', tonumber(ARGV[3]), ARGV[4] == '1'
local fifo = is_fifo(name)
local out, wake, latest = {}, false, 0
if not fifo and not dedup_on then
  -- a standard queue: the batch's ids at once, each index written once for all the messages. Numbers
  -- go to Redis as the strings they came as where they can (a Lua number is formatted by printf).
  local count = (#ARGV - 4) / 8
  local rid = redis.call('HINCRBY', P .. ':c', 'rid', count) - count
  local m_prefix = P .. ':m:'
  local v_index, t_index, r_index, d_index, n = {}, {}, {}, {}, 0
  for i = 5, #ARGV, 8 do
    local id, now, visible = ARGV[i], ARGV[i + 7], ARGV[i + 7]
    rid = rid + 1
    local z = string.format('%015d', rid) .. id
    if ARGV[i + 4] ~= '0' then
      visible = tostring(tonumber(now) + tonumber(ARGV[i + 4]))
      d_index[#d_index + 1] = visible; d_index[#d_index + 1] = z
    else
      wake = true
    end
    local g = ARGV[i + 5]
    if g == '' then
      redis.call('HSET', m_prefix .. id, 'b', ARGV[i + 1], 'p', ARGV[i + 2], 's', ARGV[i + 3], 't', now, 'v', visible, 'c', '0', 'z', z)
    else
      redis.call('HSET', m_prefix .. id, 'b', ARGV[i + 1], 'p', ARGV[i + 2], 's', ARGV[i + 3], 't', now, 'v', visible, 'c', '0', 'z', z, 'g', g)
    end
    v_index[n + 1] = visible; v_index[n + 2] = z
    t_index[n + 1] = now; t_index[n + 2] = z
    r_index[n + 1] = rid; r_index[n + 2] = z
    n = n + 2
  end
  zadd_all(P .. ':v', v_index)
  zadd_all(P .. ':t', t_index)
  zadd_all(P .. ':r', r_index)
  zadd_all(P .. ':d', d_index)
  if wake then redis.call('PUBLISH', P, '') end
  return count  -- every message enqueued as sent: the caller knows their ids
end
for i = 5, #ARGV, 8 do
  local id, delay, g, d, now = ARGV[i], tonumber(ARGV[i + 4]), ARGV[i + 5], ARGV[i + 6], tonumber(ARGV[i + 7])
  if now > latest then latest = now end
  if g == '' then g = false end
  if d == '' then d = false end
  local field, dup = nil, nil
  if dedup_on and d then
    field = (per_group and (g or '') or '') .. '\n' .. d
    local seen = redis.call('HGET', P .. ':dd', field)
    if seen then
      local at, sq, mid = string.match(seen, '^(%d+) (%d*) (.*)$')
      if tonumber(at) > now - window then dup = {mid, sq} end
    end
  end
  if dup then
    out[#out + 1] = dup[1]; out[#out + 1] = dup[2]; out[#out + 1] = 1
  else
    local m = {id = id, b = ARGV[i + 1], p = ARGV[i + 2], s = ARGV[i + 3], t = now, v = now + delay, g = g, d = d}
    local seq = insert(P, fifo, m, now)
    if field then
      redis.call('HSET', P .. ':dd', field, now .. ' ' .. (seq or '') .. ' ' .. id)
      redis.call('ZADD', P .. ':ddt', now, field)
    end
    if delay <= 0 then wake = true end
    out[#out + 1] = id; out[#out + 1] = seq or ''; out[#out + 1] = 0
  end
end
if dedup_on then  -- forget a few expired dedup records per send
  for _, f in ipairs(redis.call('ZRANGEBYSCORE', P .. ':ddt', '-inf', latest - window, 'LIMIT', 0, 32)) do
    redis.call('HDEL', P .. ':dd', f)
    redis.call('ZREM', P .. ':ddt', f)
  end
end
if wake then redis.call('PUBLISH', P, '') end
return out
"""
)

# Returns {next_visible_ms or -1, then 13 values per message:
#   id, body, payload, sender, sent, count, first, token, group, dedup, seq, dl region prefix, dl name}
RECEIVE = (
    _PRELUDE
    + r"""
local reg, P, name = KEYS[1], KEYS[2], ARGV[1]
if redis.call('HEXISTS', reg, name) == 0 then return false end
local now, max, vis, ret = tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5])
local dl_reg, dl_P, dl_name, dl_max = ARGV[6], ARGV[7], ARGV[8], tonumber(ARGV[9])
local attempt, attempt_window, nonce, src_R = ARGV[10], tonumber(ARGV[11]), ARGV[12], ARGV[13]
local fifo = is_fifo(name)

local FIELDS = {'b', 'p', 's', 't', 'c', 'f', 'k', 'g', 'd', 'q', 'l', 'n', 'v', 'z'}
local B, PL, S, T, C, F, K, G, D, Q, L, N, V, Z = 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14
local function load(id) return redis.call('HMGET', mkey(P, id), unpack(FIELDS)) end
local function emit(out, id, row, count, first, token)
  local n = #out
  out[n + 1] = id; out[n + 2] = row[B]; out[n + 3] = row[PL]; out[n + 4] = row[S]; out[n + 5] = row[T]
  out[n + 6] = count; out[n + 7] = first; out[n + 8] = token; out[n + 9] = row[G] or ''
  out[n + 10] = row[D] or ''; out[n + 11] = row[Q] or ''; out[n + 12] = row[L] or ''; out[n + 13] = row[N] or ''
end
local function next_visible()
  local r = redis.call('ZRANGEBYSCORE', P .. ':v', '(' .. now, '+inf', 'WITHSCORES', 'LIMIT', 0, 1)
  if r[2] then return tonumber(r[2]) end
  return -1
end

if attempt ~= '' then  -- a retried ReceiveRequestAttemptId returns what the first attempt did
  local rec = redis.call('HGET', P .. ':a', attempt)
  if rec then
    local parts = {}
    for w in string.gmatch(rec, '%S+') do parts[#parts + 1] = w end
    if tonumber(parts[1]) > now then
      local out, same = {0}, true
      for j = 2, #parts, 2 do
        local row = load(parts[j])
        if not row[Z] or row[K] ~= parts[j + 1] or tonumber(row[V]) <= now then same = false; break end
        emit(out, parts[j], row, row[C], row[F], row[K])
      end
      if same then out[1] = next_visible(); return out end
    end
  end
end

local dl_on = dl_max > 0 and dl_P ~= P and redis.call('HEXISTS', dl_reg, dl_name) == 1
local dl_fifo = dl_on and is_fifo(dl_name)
local dead = {}  -- dead letters, enqueued in the DLQ at the end (FIFO: in sequence order)
-- retention and the dead-letter move: true if the message left the queue instead of being delivered
local function consumed(id, row)
  if ret >= 0 and tonumber(row[T]) + ret <= now then
    unlink(P, fifo, id, row[Z], row[G])
    return true
  end
  if dl_on and tonumber(row[C]) >= dl_max then
    unlink(P, fifo, id, row[Z], row[G])
    dead[#dead + 1] = {z = row[Z], id = id, b = row[B], p = row[PL], s = row[S], t = tonumber(row[T]), v = now,
                       g = row[G], d = row[D], l = src_R, n = name}
    return true
  end
  return false
end

local picks = {}
if not fifo then
  local off = 0
  while #picks < max do
    local want = max - #picks
    local members = redis.call('ZRANGEBYSCORE', P .. ':v', '-inf', now, 'LIMIT', off, want)
    local gone = 0
    for _, z in ipairs(members) do
      local id = string.sub(z, 16)
      local row = load(id)
      if consumed(id, row) then gone = gone + 1 else picks[#picks + 1] = {id, row}; off = off + 1 end
    end
    if #members < want or gone == 0 then break end
  end
else
  local GR, GW = P .. ':gr', P .. ':gw'
  for _, g in ipairs(redis.call('ZRANGEBYSCORE', GW, '-inf', now)) do requeue_group(P, g) end
  -- take what group g can give; returns true if g stays in GR
  local function take_group(g)
    local list = P .. ':g:' .. g
    while true do
      local ids = redis.call('LRANGE', list, 0, 9)  -- in-flight messages of a group are among its first 10
      if #ids == 0 then redis.call('ZREM', GR, g); redis.call('ZREM', GW, g); return false end
      local rows, blocked = {}, 0
      for j, id in ipairs(ids) do
        local row = load(id)
        rows[j] = row
        local v = tonumber(row[V])
        if tonumber(row[C]) > 0 and v > now and v > blocked then blocked = v end
      end
      if blocked > 0 then redis.call('ZREM', GR, g); redis.call('ZADD', GW, blocked, g); return false end
      local took, gone, stop = 0, false, nil
      for j, id in ipairs(ids) do
        if #picks >= max then break end
        local v = tonumber(rows[j][V])
        if v > now then stop = v; break end  -- never skip ahead inside a group
        if consumed(id, rows[j]) then gone = true else picks[#picks + 1] = {id, rows[j]}; took = took + 1 end
      end
      if took > 0 then
        if vis > 0 then redis.call('ZREM', GR, g); redis.call('ZADD', GW, now + vis, g); return false end
        requeue_group(P, g)
        return true
      end
      if stop then redis.call('ZREM', GR, g); redis.call('ZADD', GW, stop, g); return false end
      if not gone then return true end
    end
  end
  local visited, off = {}, 0
  while #picks < max do
    local groups = redis.call('ZRANGE', GR, off, off + 15)
    local kept = 0
    for _, g in ipairs(groups) do
      if #picks >= max then break end
      if visited[g] then kept = kept + 1
      else
        visited[g] = true
        if take_group(g) then kept = kept + 1 end
      end
    end
    if #groups < 16 then break end
    off = off + kept
  end
end

if fifo then  -- groups were visited one after the other: restore sequence order
  table.sort(picks, function(x, y) return x[2][Z] < y[2][Z] end)
  table.sort(dead, function(x, y) return x.z < y.z end)
end
for _, m in ipairs(dead) do insert(dl_P, dl_fifo, m, now, true) end
local out, hidden_until, rec = {0}, now + vis, {}
for i, pick in ipairs(picks) do
  local id, row = pick[1], pick[2]
  local count = tonumber(row[C]) + 1
  local first = row[F] or now
  local token = nonce .. i
  redis.call('HSET', mkey(P, id), 'c', count, 'f', first, 'k', token, 'v', hidden_until)
  redis.call('ZADD', P .. ':v', hidden_until, row[Z])
  if count == 1 then redis.call('ZREM', P .. ':d', row[Z]) end
  emit(out, id, row, count, first, token)
  rec[#rec + 1] = id .. ' ' .. token
end
if attempt ~= '' and #picks > 0 then
  local A = P .. ':a'
  if redis.call('HLEN', A) > 256 then  -- forget expired attempts now and then
    local all = redis.call('HGETALL', A)
    for j = 1, #all, 2 do
      if tonumber(string.match(all[j + 1], '^(%d+)')) <= now then redis.call('HDEL', A, all[j]) end
    end
  end
  redis.call('HSET', A, attempt, (now + attempt_window) .. ' ' .. table.concat(rec, ' '))
end
if #dead > 0 then redis.call('PUBLISH', dl_P, '') end
if vis <= 0 and #picks > 0 then redis.call('PUBLISH', P, '') end
out[1] = next_visible()
return out
"""
)

DELETE = (
    _PRELUDE
    + r"""
local reg, P, name = KEYS[1], KEYS[2], ARGV[1]
if redis.call('HEXISTS', reg, name) == 0 then return false end
local fifo = is_fifo(name)
-- FIFO: a handle is valid only while its message is in flight (now < 0: no such check)
local now = tonumber(ARGV[2])
local out = {}
for i = 3, #ARGV, 2 do
  local id, token = ARGV[i], ARGV[i + 1]
  local row = redis.call('HMGET', mkey(P, id), 'k', 'z', 'g', 'v')
  if not row[2] then out[#out + 1] = 2
  elseif row[1] ~= token then out[#out + 1] = 1
  elseif fifo and now >= 0 and tonumber(row[4]) <= now then out[#out + 1] = 1
  else
    unlink(P, fifo, id, row[2], row[3])
    if fifo then requeue_group(P, row[3] or '') end
    out[#out + 1] = 0
  end
end
return out
"""
)

CHANGE_VISIBILITY = (
    _PRELUDE
    + r"""
local reg, P, name = KEYS[1], KEYS[2], ARGV[1]
if redis.call('HEXISTS', reg, name) == 0 then return false end
local now, fifo = tonumber(ARGV[2]), is_fifo(name)
local out, wake = {}, false
for i = 3, #ARGV, 3 do
  local id, token, vis = ARGV[i], ARGV[i + 1], tonumber(ARGV[i + 2])
  local row = redis.call('HMGET', mkey(P, id), 'k', 'z', 'v', 'g')
  if not row[2] then out[#out + 1] = 2
  elseif row[1] ~= token then out[#out + 1] = 1
  elseif tonumber(row[3]) <= now then out[#out + 1] = 3
  else
    redis.call('HSET', mkey(P, id), 'v', now + vis)
    redis.call('ZADD', P .. ':v', now + vis, row[2])
    if fifo then requeue_group(P, row[4] or '') end
    if vis <= 0 then wake = true end
    out[#out + 1] = 0
  end
end
if wake then redis.call('PUBLISH', P, '') end
return out
"""
)

PURGE = (
    _PRELUDE
    + r"""
local reg, P, name = KEYS[1], KEYS[2], ARGV[1]
if redis.call('HEXISTS', reg, name) == 0 then return false end
local now, min_interval = tonumber(ARGV[2]), tonumber(ARGV[3])
local last = redis.call('HGET', P .. ':c', 'purged')
if last and now - tonumber(last) < min_interval then return 0 end
drop_messages(P)
redis.call('UNLINK', P .. ':a')
redis.call('HSET', P .. ':c', 'purged', now)
return 1
"""
)

COUNT = r"""
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 0 then return false end
local P, now = KEYS[2], ARGV[2]
local hidden = redis.call('ZCOUNT', P .. ':v', '(' .. now, '+inf')
local delayed = redis.call('ZCOUNT', P .. ':d', '(' .. now, '+inf')
return {redis.call('ZCOUNT', P .. ':v', '-inf', now), hidden - delayed, delayed}
"""

DEAD_LETTER_SOURCES = r"""
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 0 then return {} end
local P, out = KEYS[2], {}
for _, z in ipairs(redis.call('ZRANGEBYSCORE', KEYS[2] .. ':v', '-inf', ARGV[2], 'LIMIT', 0, ARGV[3])) do
  local row = redis.call('HMGET', P .. ':m:' .. string.sub(z, 16), 'l', 'n')
  out[#out + 1] = row[1] or ''
  out[#out + 1] = row[2] or ''
end
return out
"""

EXPIRE = (
    _PRELUDE
    + r"""
local reg, P, name = KEYS[1], KEYS[2], ARGV[1]
if redis.call('HEXISTS', reg, name) == 0 then return 0 end
local fifo = is_fifo(name)
local members = redis.call('ZRANGEBYSCORE', P .. ':t', '-inf', '(' .. ARGV[2])
local groups = {}
for _, z in ipairs(members) do
  local id = string.sub(z, 16)
  local g = redis.call('HGET', mkey(P, id), 'g')
  unlink(P, fifo, id, z, g)
  groups[g or ''] = true
end
if fifo then for g in pairs(groups) do requeue_group(P, g) end end
return #members
"""
)

# KEYS[3]: the source region's move tasks. ARGV: name, now, limit, destination registry, prefix, name
# ('' for "back to each message's source", whose registry and prefix come from the region prefix stored
# in the message's ``l`` field), task handle. Returns {moved, the task's new count}, or nil when the
# task is gone or not RUNNING (then nothing moves). Only the record's ``moved`` changes.
MOVE = (
    _PRELUDE
    + _TASKS
    + r"""
local reg, P, name = KEYS[1], KEYS[2], ARGV[1]
local raw = redis.call('HGET', KEYS[3], ARGV[7])
if not raw then return false end
local order, task = task_of(raw)
if task.status ~= 'RUNNING' then return false end
if redis.call('HEXISTS', reg, name) == 0 then return {0, task.moved} end
local now, limit = tonumber(ARGV[2]), tonumber(ARGV[3])
local to_reg, to_P, to_name = ARGV[4], ARGV[5], ARGV[6]
local fifo = is_fifo(name)
local moved, off, woken, groups, exists, blocked = 0, 0, {}, {}, {}, {}
while moved < limit do
  local members = redis.call('ZRANGE', P .. ':r', off, off + 99)  -- oldest first
  for _, z in ipairs(members) do
    local id = string.sub(z, 16)
    local row = redis.call('HMGET', mkey(P, id), 'b', 'p', 's', 't', 'g', 'd', 'l', 'n', 'v')
    local g = row[5] or ''
    local d_reg, d_P, d_name = to_reg, to_P, to_name
    if d_name == '' and row[7] then
      d_reg, d_P, d_name = row[7] .. ':queues', row[7] .. ':q:' .. row[8], row[8]
    end
    if exists[d_P] == nil then
      exists[d_P] = d_name ~= '' and d_P ~= P and redis.call('HEXISTS', d_reg, d_name) == 1
    end
    if (fifo and blocked[g]) or tonumber(row[9]) > now or not exists[d_P] then
      blocked[g] = true  -- FIFO: the rest of its group stays too, to keep the group's order
      off = off + 1
    else
      unlink(P, fifo, id, z, row[5])
      groups[g] = true
      local m = {id = id, b = row[1], p = row[2], s = row[3], t = tonumber(row[4]), v = now, g = row[5], d = row[6]}
      insert(d_P, is_fifo(d_name), m, now, true)
      woken[d_P] = true
      moved = moved + 1
      if moved == limit then break end
    end
  end
  if #members < 100 then break end
end
if fifo then for g in pairs(groups) do requeue_group(P, g) end end
for channel in pairs(woken) do redis.call('PUBLISH', channel, '') end
if moved > 0 then
  task.moved = task.moved + moved
  redis.call('HSET', KEYS[3], ARGV[7], order .. cjson.encode(task))
end
return {moved, task.moved}
"""
)

# KEYS: the source region's move tasks (handle -> "<order> <JSON record>") and their order counter.
# ARGV: handle, JSON record, and a source ARN or ''. Given a source, writes nothing (returns 0) if a task
# of that source is RUNNING or CANCELLING: the region's tasks are one hash, so the scan and the write
# are one step. Returns 1 when it wrote.
PUT_MOVE_TASK = (
    _TASKS
    + r"""
if ARGV[3] ~= '' then
  local records = redis.call('HVALS', KEYS[1])
  for i = 1, #records do
    local _, task = task_of(records[i])
    if task.source_arn == ARGV[3] and (task.status == 'RUNNING' or task.status == 'CANCELLING') then
      return 0
    end
  end
end
local n = redis.call('INCR', KEYS[2])
redis.call('HSET', KEYS[1], ARGV[1], n .. ' ' .. ARGV[2])
return 1
"""
)

# KEYS[1]: the source region's move tasks. ARGV: handle, source ARN, new status, 1 if a failure reason
# follows (else 0), the reason, then the expected statuses. Returns the changed record; nil if there is
# none (or it is another queue's) or its status is not expected.
SET_MOVE_TASK_STATUS = (
    _TASKS
    + r"""
local raw = redis.call('HGET', KEYS[1], ARGV[1])
if not raw then return false end
local order, task = task_of(raw)
if task.source_arn ~= ARGV[2] then return false end
for i = 6, #ARGV do
  if task.status == ARGV[i] then
    task.status = ARGV[3]
    if ARGV[4] == '1' then task.failure_reason = ARGV[5] else task.failure_reason = cjson.null end
    raw = order .. cjson.encode(task)
    redis.call('HSET', KEYS[1], ARGV[1], raw)
    return raw
  end
end
return false
"""
)

# KEYS: the source region's move tasks and their claims (handle -> "<owner> <until ms>"). ARGV: handle,
# source ARN, owner, now, until. Returns 1 if ``owner`` holds the claim now (until ``until``), else 0.
CLAIM_MOVE_TASK = (
    _TASKS
    + r"""
local raw = redis.call('HGET', KEYS[1], ARGV[1])
if not raw then return 0 end
local _, task = task_of(raw)
if task.source_arn ~= ARGV[2] then return 0 end
if task.status ~= 'RUNNING' then
  redis.call('HDEL', KEYS[2], ARGV[1])  -- its runner is done with it: the claim has no use any more
  return 0
end
local claim = redis.call('HGET', KEYS[2], ARGV[1])
if claim then
  local holder, expires = string.match(claim, '^(.*) (%-?%d+)$')
  if holder ~= ARGV[3] and tonumber(expires) >= tonumber(ARGV[4]) then return 0 end
end
redis.call('HSET', KEYS[2], ARGV[1], ARGV[3] .. ' ' .. ARGV[5])
return 1
"""
)
