-- wrk reporting hook for bench/production.sh: one line with requests, p50/p95/p99 in ms, rate and
-- the count of answers that were not 2xx/3xx.
done = function(summary, latency, requests)
  io.write(string.format("RESULT %d %.2f %.2f %.2f %.1f %d\n",
    summary.requests,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6),
    summary.errors.status))
end
