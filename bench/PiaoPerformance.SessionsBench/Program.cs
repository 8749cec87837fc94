using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

// Concurrent signed-in sessions editing objective cards against a running app (scripts/bench sessions starts one on a
// throwaway database). Each session signs in as a demo responsabile and, for a fixed time, opens one of its unit's
// cards (GET /api/v1/objectives/{id}) and saves it (PUT with the version read; on 409 it reads again and retries).
// Client latency is measured here on loopback; the server-side time comes from the app's request log (one JSON line per
// request with its elapsed ms, hosting/LoggingSetup) when --server-log names the file the app writes its console to.
//   dotnet PiaoPerformance.SessionsBench.dll --url http://127.0.0.1:5090 [--sessions 50] [--duration 20] [--warmup 5]
//                                            [--think-ms 0] [--server-log app.log] [--server-pid 1234] [--server-db name]
// --server-pid (Linux) adds the app's CPU time over the measured window, per open+save pair, and --server-db that of
// the PostgreSQL backends serving the app's database (same host): unlike latency, CPU time barely depends on what else
// the machine is doing, so it compares two builds even on a busy machine.
// --think-ms paces each session like a person: a pause (uniform 0.5x-1.5x) after opening a card and after saving it;
// 0 is a closed loop with no pause, i.e. the server's saturation point.
var options = Options.Parse(args);
var invariant = CultureInfo.InvariantCulture;

// The demo responsabili and their units (scripts/demo-accounts.txt): several sessions per account.
(string User, string Unit)[] accounts =
    [("resp1", "I"), ("resp2", "II"), ("resp3", "III"), ("resp4", "IV"), ("resp5", "V"), ("resp6", "VI"), ("resp7", "PL")];
const string Password = "PiaoDemo2024!";

var sessions = new List<Session>();
try
{
    Console.WriteLine($"signing in {options.Sessions} sessions at {options.Url}");
    for (var i = 0; i < options.Sessions; i++)
    {
        var (user, unit) = accounts[i % accounts.Length];
        sessions.Add(await Session.SignInAsync(options.Url, user, Password, unit));
    }

    // Each unit's cards, read once with a session of its responsabile.
    var planId = await sessions[0].PlanIdAsync();
    var cardsByUnit = new Dictionary<string, Guid[]>();
    foreach (var unit in sessions.Select(s => s.Unit).Distinct())
    {
        // Only the cards the unit's responsabile may save (an interim one may not own every card of the unit).
        var owner = sessions.First(s => s.Unit == unit);
        var editable = new List<Guid>();
        foreach (var id in await owner.UnitCardsAsync(planId, unit))
        {
            if (await owner.SaveCardAsync(await owner.GetCardAsync(id)) == HttpStatusCode.OK)
            {
                editable.Add(id);
            }
        }

        cardsByUnit[unit] = editable.ToArray();
        if (cardsByUnit[unit].Length == 0)
        {
            throw new InvalidOperationException($"{owner.User} may save no objective card of unit {unit}");
        }
    }

    Console.WriteLine($"warm-up {options.Warmup} s, then {options.Duration} s measured ({options.Sessions} sessions, think time {options.ThinkMs} ms, " +
                      $"{string.Join(", ", cardsByUnit.Select(u => $"{u.Key}: {u.Value.Length} cards"))})");
    // One run, warm-up included, with no barrier in between: a pair counts when its open starts in the measured window.
    // (Waiting for every session to end its warm-up and starting them all again at once would open 50 cards in the
    // same instant, a burst people never make, and 50 of the window's ~650 paced opens: the open's p95 would be that.)
    long logOffset = 0;
    var measuredFrom = DateTimeOffset.UtcNow;
    var loadBefore = "?";
    double? cpuBefore = null;
    var dbCpuBefore = new Dictionary<int, double>();
    var stopwatch = new Stopwatch();
    var measuredAt = Stopwatch.GetTimestamp() + (long)(options.Warmup * Stopwatch.Frequency);
    var window = Task.Delay(TimeSpan.FromSeconds(options.Warmup)).ContinueWith(_ =>
    {
        logOffset = options.ServerLog is { } log && File.Exists(log) ? new FileInfo(log).Length : 0;
        measuredFrom = DateTimeOffset.UtcNow;
        loadBefore = LoadAverage();
        cpuBefore = ProcessCpuSeconds(options.ServerPid);
        dbCpuBefore = BackendCpuSeconds(options.ServerDb);
        stopwatch.Start();
    }, TaskScheduler.Default);
    var results = await RunAsync(sessions, cardsByUnit, TimeSpan.FromSeconds(options.Warmup + options.Duration), options.ThinkMs, measuredAt);
    await window;
    var elapsed = stopwatch.Elapsed.TotalSeconds;
    var cpuAfter = ProcessCpuSeconds(options.ServerPid);
    var dbCpuAfter = BackendCpuSeconds(options.ServerDb);

    Console.WriteLine();
    Console.WriteLine($"client side (loopback, {options.Sessions} sessions, {elapsed:0.0} s):");
    Print("open card", results.Open, elapsed);
    Print("save card", results.Save, elapsed);
    Console.WriteLine($"  saves completed {results.SavesCompleted} ({results.SavesCompleted / elapsed:0.0}/s), 409 conflicts {results.Conflicts} (read again and retried; given up after 5: {results.GaveUp}), errors {results.Errors}");
    foreach (var error in results.ErrorSamples.Take(5))
    {
        Console.WriteLine($"    error: {error}");
    }

    Console.WriteLine($"machine load average (1 min) {loadBefore} before, {LoadAverage()} after the measured window ({Environment.ProcessorCount} cores)");
    if (cpuBefore is { } cpu0 && cpuAfter is { } cpu1 && results.Open.Count > 0)
    {
        var cpu = cpu1 - cpu0;
        Console.WriteLine(string.Format(invariant, "app CPU {0:0.0} s in {1:0.0} s ({2:0}% of one core): {3:0.0} ms per open+save pair",
            cpu, elapsed, 100 * cpu / elapsed, 1000 * cpu / results.Open.Count));
    }

    if (options.ServerDb is not null && results.Open.Count > 0)
    {
        // A backend that ended during the window takes its time with it; the app's pool keeps them open.
        var cpu = dbCpuAfter.Sum(b => b.Value - dbCpuBefore.GetValueOrDefault(b.Key));
        Console.WriteLine(string.Format(invariant, "PostgreSQL CPU {0:0.0} s ({1} backends of {2}): {3:0.0} ms per open+save pair",
            cpu, dbCpuAfter.Count, options.ServerDb, 1000 * cpu / results.Open.Count));
    }

    if (options.ServerLog is { } serverLog)
    {
        // The app flushes its console asynchronously: give the last lines a moment to land.
        await Task.Delay(1000);
        var (open, save) = ReadServerLog(serverLog, logOffset, measuredFrom);
        Console.WriteLine("server side (the app's request log, elapsed ms per request):");
        Print("open card", open, elapsed);
        Print("save card", save, elapsed);
        var p95 = Math.Max(Percentile(open, 0.95), Percentile(save, 0.95));
        Console.WriteLine(p95 < 100 ? $"target p95 < 100 ms: met (worst server p95 {p95:0.0} ms)" : $"target p95 < 100 ms: MISSED (worst server p95 {p95:0.0} ms)");
    }

    return results.Errors == 0 ? 0 : 1;
}
finally
{
    foreach (var session in sessions)
    {
        session.Dispose();
    }
}

// Each session loops until the deadline; a pair (open, think, save) is recorded when its open starts at recordFrom or
// later. Paced sessions start at a random moment of the first think time, as people do, not all in the same instant.
static async Task<Results> RunAsync(List<Session> sessions, Dictionary<string, Guid[]> cardsByUnit, TimeSpan duration, int thinkMs, long recordFrom)
{
    var results = new Results();
    var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
    await Task.WhenAll(sessions.Select((session, index) => Task.Run(async () =>
    {
        var random = new Random(index);
        var cards = cardsByUnit[session.Unit];
        await Task.Delay(TimeSpan.FromMilliseconds(thinkMs * random.NextDouble()));
        while (Stopwatch.GetTimestamp() < deadline)
        {
            var id = cards[random.Next(cards.Length)];
            var record = Stopwatch.GetTimestamp() >= recordFrom;
            try
            {
                // Bounded: after 5 conflicts in a row the session leaves the card and opens another.
                for (var attempt = 1; ; attempt++)
                {
                    var started = Stopwatch.GetTimestamp();
                    var card = await session.GetCardAsync(id);
                    var openMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    await ThinkAsync(random, thinkMs);
                    started = Stopwatch.GetTimestamp();
                    var status = await session.SaveCardAsync(card);
                    var saveMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    if (record)
                    {
                        results.AddOpen(openMs);
                        results.AddSave(saveMs);
                    }

                    if (status == HttpStatusCode.OK)
                    {
                        await ThinkAsync(random, thinkMs);
                        if (record)
                        {
                            Interlocked.Increment(ref results.SavesCompleted);
                        }

                        break;
                    }

                    if (status == HttpStatusCode.Conflict)
                    {
                        if (record)
                        {
                            Interlocked.Increment(ref results.Conflicts);
                        }

                        if (attempt < 5)
                        {
                            continue;
                        }

                        // Another session keeps winning this card: give up on it (an expected outcome, not an error).
                        if (record)
                        {
                            Interlocked.Increment(ref results.GaveUp);
                        }

                        break;
                    }

                    throw new InvalidOperationException($"PUT objectives/{id} as {session.User}: {(int)status}");
                }
            }
            catch (Exception e) when (e is HttpRequestException or InvalidOperationException or TaskCanceledException)
            {
                if (record)
                {
                    Interlocked.Increment(ref results.Errors);
                    results.ErrorSamples.Add(e.Message);
                }
            }
        }
    })));
    return results;
}

// utime + stime of a process from /proc (clock ticks of 1/100 s on Linux); null elsewhere or without a pid.
static double? ProcessCpuSeconds(int? pid)
{
    if (pid is not { } id || !File.Exists($"/proc/{id}/stat"))
    {
        return null;
    }

    var stat = File.ReadAllText($"/proc/{id}/stat");
    var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
    return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
}

// CPU seconds of each PostgreSQL backend connected to the database (its title reads "postgres: user database host ...").
static Dictionary<int, double> BackendCpuSeconds(string? database)
{
    var backends = new Dictionary<int, double>();
    if (database is null || !Directory.Exists("/proc"))
    {
        return backends;
    }

    foreach (var dir in Directory.EnumerateDirectories("/proc"))
    {
        if (!int.TryParse(Path.GetFileName(dir), out var pid))
        {
            continue;
        }

        try
        {
            var title = File.ReadAllText(Path.Combine(dir, "cmdline")).Replace('\0', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (title.Length >= 3 && title[0] == "postgres:" && title[2] == database && ProcessCpuSeconds(pid) is { } cpu)
            {
                backends[pid] = cpu;
            }
        }
        catch (IOException)
        {
            // gone meanwhile
        }
        catch (UnauthorizedAccessException)
        {
            // not ours to read
        }
    }

    return backends;
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

static Task ThinkAsync(Random random, int thinkMs) =>
    thinkMs <= 0 ? Task.CompletedTask : Task.Delay(TimeSpan.FromMilliseconds(thinkMs * (0.5 + random.NextDouble())));

void Print(string name, IReadOnlyCollection<double> samples, double seconds)
{
    if (samples.Count == 0)
    {
        Console.WriteLine($"  {name}: no request");
        return;
    }

    var sorted = samples.Order().ToArray();
    Console.WriteLine(string.Format(invariant,
        "  {0}: n={1} ({2:0.0}/s) p50 {3:0.0} ms, p95 {4:0.0} ms, p99 {5:0.0} ms, max {6:0.0} ms",
        name, sorted.Length, sorted.Length / seconds, Percentile(sorted, 0.50), Percentile(sorted, 0.95), Percentile(sorted, 0.99), sorted[^1]));
}

// Nearest-rank percentile of the samples.
static double Percentile(IReadOnlyCollection<double> samples, double p)
{
    if (samples.Count == 0)
    {
        return 0;
    }

    var sorted = samples.Order().ToArray();
    return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}

// The app's JSON request lines (Serilog JsonFormatter) of the requests started in the measured window: GET and PUT /api/v1/objectives/{id}.
static (List<double> Open, List<double> Save) ReadServerLog(string path, long offset, DateTimeOffset from)
{
    var open = new List<double>();
    var save = new List<double>();
    using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
    stream.Seek(offset, SeekOrigin.Begin);
    using var reader = new StreamReader(stream);
    while (reader.ReadLine() is { } line)
    {
        if (!line.StartsWith('{') || !line.Contains("\"Elapsed\"", StringComparison.Ordinal))
        {
            continue;
        }

        JsonNode? entry;
        try
        {
            entry = JsonNode.Parse(line);
        }
        catch (JsonException)
        {
            continue;
        }

        var properties = entry?["Properties"];
        if (properties?["Path"]?.GetValue<string>() is not { } requestPath || !requestPath.StartsWith("/api/v1/objectives/", StringComparison.Ordinal))
        {
            continue;
        }

        // The line is written when the request ends: it started Elapsed earlier.
        var ms = properties["Elapsed"]!.GetValue<double>();
        if (DateTimeOffset.TryParse(entry!["Timestamp"]?.GetValue<string>(), CultureInfo.InvariantCulture, out var at) && at.AddMilliseconds(-ms) < from)
        {
            continue;
        }

        switch (properties["Method"]?.GetValue<string>())
        {
            case "GET":
                open.Add(ms);
                break;
            case "PUT":
                save.Add(ms);
                break;
        }
    }

    return (open, save);
}

internal sealed class Results
{
    private readonly List<double> _open = [];
    private readonly List<double> _save = [];
    public int SavesCompleted;
    public int Conflicts;
    public int GaveUp;
    public int Errors;
    public System.Collections.Concurrent.ConcurrentBag<string> ErrorSamples { get; } = [];

    public IReadOnlyCollection<double> Open { get { lock (_open) { return _open.ToArray(); } } }

    public IReadOnlyCollection<double> Save { get { lock (_save) { return _save.ToArray(); } } }

    public void AddOpen(double ms) { lock (_open) { _open.Add(ms); } }

    public void AddSave(double ms) { lock (_save) { _save.Add(ms); } }
}

/// <summary>One signed-in browser-like session: its own cookie jar and connection.</summary>
internal sealed class Session(HttpClient http, string user, string unit) : IDisposable
{
    public string User => user;

    public string Unit => unit;

    public static async Task<Session> SignInAsync(Uri url, string user, string password, string unit)
    {
        var http = new HttpClient(new SocketsHttpHandler
        {
            CookieContainer = new CookieContainer(),
            AllowAutoRedirect = false,
            MaxConnectionsPerServer = 1,
        })
        { BaseAddress = url, Timeout = TimeSpan.FromSeconds(30) };
        using var response = await http.PostAsJsonAsync("api/v1/auth/login", new { username = user, password });
        if (response.StatusCode != HttpStatusCode.OK)
        {
            http.Dispose();
            throw new InvalidOperationException($"sign-in as {user}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return new Session(http, user, unit);
    }

    public async Task<Guid> PlanIdAsync()
    {
        var plans = (await GetJsonAsync("api/v1/plans")).AsArray();
        return Guid.Parse((string)plans.First()!["id"]!);
    }

    public async Task<Guid[]> UnitCardsAsync(Guid planId, string code)
    {
        var plan = await GetJsonAsync($"api/v1/plans/{planId}");
        var unitNode = plan["units"]!.AsArray().FirstOrDefault(u => (string?)u!["code"] == code)
                       ?? throw new InvalidOperationException($"unit {code} is not in the plan");
        return unitNode["objectives"]!.AsArray().Select(o => Guid.Parse((string)o!["id"]!)).ToArray();
    }

    public Task<JsonNode> GetCardAsync(Guid id) => GetJsonAsync($"api/v1/objectives/{id}");

    /// <summary>Sends the card back as read, with a changed description (a real write), and the version it was read with.</summary>
    public async Task<HttpStatusCode> SaveCardAsync(JsonNode card)
    {
        var description = (string?)card["description"] ?? "";
        var marker = description.IndexOf(" [bench ", StringComparison.Ordinal);
        if (marker >= 0)
        {
            description = description[..marker];
        }

        var body = new JsonObject
        {
            ["version"] = (uint)card["version"]!,
            ["title"] = (string?)card["title"],
            ["theme"] = (string?)card["theme"],
            ["description"] = $"{description} [bench {Guid.NewGuid():N}]",
            ["expectedResult"] = (string?)card["expectedResult"],
            ["verificationMethod"] = (string?)card["verificationMethod"],
            ["weight"] = (decimal?)card["weight"],
            ["yearTargets"] = new JsonArray(card["yearTargets"]!.AsArray().Select(t => (JsonNode)new JsonObject
            {
                ["year"] = (int)t!["year"]!,
                ["expectedPct"] = (decimal?)t["expectedPct"],
                ["notApplicable"] = (bool)t["notApplicable"]!,
            }).ToArray()),
        };
        using var response = await http.PutAsJsonAsync($"api/v1/objectives/{(string?)card["id"]}", body);
        return response.StatusCode;
    }

    public void Dispose() => http.Dispose();

    private async Task<JsonNode> GetJsonAsync(string path)
    {
        using var response = await http.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {path} as {user}: {(int)response.StatusCode} {body}");
        }

        return JsonNode.Parse(body) ?? throw new InvalidOperationException($"GET {path}: no JSON");
    }
}

internal sealed record Options(Uri Url, int Sessions, int Duration, int Warmup, int ThinkMs, string? ServerLog, int? ServerPid, string? ServerDb)
{
    public static Options Parse(string[] args)
    {
        string? Value(string name)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }

        var url = Value("--url") ?? throw new ArgumentException("--url is required (e.g. http://127.0.0.1:5090)");
        return new Options(
            new Uri(url.EndsWith('/') ? url : url + "/"),
            int.Parse(Value("--sessions") ?? "50", CultureInfo.InvariantCulture),
            int.Parse(Value("--duration") ?? "20", CultureInfo.InvariantCulture),
            int.Parse(Value("--warmup") ?? "5", CultureInfo.InvariantCulture),
            int.Parse(Value("--think-ms") ?? "0", CultureInfo.InvariantCulture),
            Value("--server-log"),
            Value("--server-pid") is { } pid ? int.Parse(pid, CultureInfo.InvariantCulture) : null,
            Value("--server-db"));
    }
}
