using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace BoardRoom.Tests.Support;

/// <summary>
/// A real PostgreSQL (Debian's <c>postgresql</c> package) for the test run: one throw-away cluster in a temp folder, on a
/// free port of 127.0.0.1, trust authentication, fsync off, started on first use and shared by every test of the run;
/// each test has its own database in it. Stopped and deleted when the test process exits (and, should the test
/// process die, by a small watchdog). <c>.ci/run</c> installs the package.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "One server for the whole test run: it and its lock live as long as the process.")]
public sealed class PostgresServer
{
    public const string User = "boardroom";

    private static readonly Lazy<PostgresServer> SharedLazy = new(StartShared, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly string _folder;
    private readonly string _cluster;
    private readonly string _bin;
    private readonly SemaphoreSlim _admin = new(1, 1);

    private PostgresServer(string folder, string bin, int port)
    {
        _folder = folder;
        _cluster = Path.Combine(folder, "cluster");
        _bin = bin;
        Port = port;
    }

    /// <summary>The run's server, started (a few seconds) by the first test that needs it.</summary>
    public static PostgresServer Shared => SharedLazy.Value;

    public int Port { get; }

    public string ConnectionString(string database, bool pooling = true) =>
        $"Host=127.0.0.1;Port={Port};Username={User};Database={database};Include Error Detail=true{(pooling ? string.Empty : ";Pooling=false")}";

    public Task CreateDatabaseAsync(string name, string? template = null) =>
        AdminAsync($"CREATE DATABASE {Quote(name)}{(template is null ? string.Empty : " TEMPLATE " + Quote(template))}");

    /// <summary>Drops the database, ending any session still in it (a killed app's pool, a test's own).</summary>
    public Task DropDatabaseAsync(string name) => AdminAsync($"DROP DATABASE IF EXISTS {Quote(name)} WITH (FORCE)");

    public async Task<bool> DatabaseExistsAsync(string name)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection) { Parameters = { new() { Value = name } } };
        return await command.ExecuteScalarAsync() is not null;
    }

    private async Task AdminAsync(string sql)
    {
        // One at a time: CREATE DATABASE ... TEMPLATE refuses while another command holds the template.
        await _admin.WaitAsync();
        try
        {
            await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
        finally
        {
            _admin.Release();
        }
    }

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static PostgresServer StartShared()
    {
        var server = new PostgresServer(NewFolder(), BinDirectory(), FreePort());
        server.Start();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.StopAndDelete();
        return server;
    }

    private void Start()
    {
        if (Environment.IsPrivilegedProcess)
        {
            // initdb and postgres refuse to run as root: the cluster belongs to the postgres account.
            Run("chown", ["postgres:postgres", _folder]);
        }
        RunAsOwner("initdb", ["-D", _cluster, "-A", "trust", "-U", User, "-E", "UTF8", "--no-locale", "--no-sync"]);
        var port = Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        RunAsOwner("pg_ctl", ["-D", _cluster, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "60",
            "-o", $"-p {port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400",
            "start"]);
        StartWatchdog();
    }

    private void StopAndDelete()
    {
        try
        {
            RunAsOwner("pg_ctl", ["-D", _cluster, "-m", "immediate", "-w", "stop"]);
        }
        catch (InvalidOperationException)
        {
            // Already stopped; the folder goes all the same.
        }
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }

    /// <summary>Stops the server and deletes its folder once this process is gone, however it went.</summary>
    private void StartWatchdog()
    {
        var pgCtl = Path.Combine(_bin, "pg_ctl");
        var asOwner = Environment.IsPrivilegedProcess ? "runuser -u postgres -- " : string.Empty;
        var script = $"exec </dev/null >/dev/null 2>&1; while kill -0 {Environment.ProcessId}; do sleep 1; done; " +
                     $"{asOwner}'{pgCtl}' -D '{_cluster}' -m immediate stop; rm -rf '{_folder}'";
        try
        {
            using var watchdog = Process.Start(new ProcessStartInfo("setsid", ["sh", "-c", script]) { UseShellExecute = false });
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No setsid: the exit handler alone stops the server.
        }
    }

    /// <summary>
    /// A new folder for the cluster. As root it is made under /tmp, whatever TMPDIR says, because the postgres account
    /// must be able to reach it (a TMPDIR under /root would not do).
    /// </summary>
    private static string NewFolder()
    {
        if (!Environment.IsPrivilegedProcess)
        {
            return Directory.CreateTempSubdirectory("boardroom-pg-").FullName;
        }
        var folder = Path.Combine("/tmp", "boardroom-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        return folder;
    }

    private void RunAsOwner(string tool, IReadOnlyList<string> arguments)
    {
        var path = Path.Combine(_bin, tool);
        if (Environment.IsPrivilegedProcess)
        {
            Run("runuser", ["-u", "postgres", "--", path, .. arguments]);
        }
        else
        {
            Run(path, arguments);
        }
    }

    private static void Run(string file, IReadOnlyList<string> arguments)
    {
        var info = new ProcessStartInfo(file, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{file} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{output.Result}\n{errors.Result}");
        }
    }

    /// <summary>The newest installed PostgreSQL's binaries (Debian keeps them out of PATH, one folder per version).</summary>
    private static string BinDirectory()
    {
        var versions = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Where(d => File.Exists(Path.Combine(d, "bin", "initdb")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
                .ToList()
            : [];
        return versions.Count > 0
            ? Path.Combine(versions[0], "bin")
            : throw new InvalidOperationException("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): apt-get install postgresql.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
