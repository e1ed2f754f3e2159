using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;

namespace BoardRoom.Testing.Circuits;

/// <summary>
/// A Blazor Server circuit driven from C# instead of a browser tab, speaking to <c>/_blazor</c> as blazor.web.js does
/// (aspnetcore 10's ComponentHub and CircuitManager): GET the prerendered page on a signed-in session, read its server
/// component markers, connect with the "blazorpack" protocol, <c>StartCircuit(baseUri, uri, "[]", state)</c>, then
/// <c>UpdateRootComponents</c> with the markers. Every <c>JS.RenderBatch</c> is acknowledged (<c>OnRenderCompleted</c>),
/// every JS call the server makes is answered as succeeded with a null result, and clicks are dispatched through the
/// renderer's interop object (<c>DispatchEventAsync</c>) as the browser's event delegator does.
/// There is no DOM: a render batch is read for its strings and its click handlers (<see cref="Handlers"/>).
/// </summary>
public sealed class BlazorCircuitClient : IAsyncDisposable
{
    private const string AttachInterop = "Blazor._internal.attachWebRendererInterop";
    private readonly HubConnection _connection;
    private readonly ConcurrentDictionary<string, TaskCompletionSource<bool>> _calls = new();
    private readonly TaskCompletionSource<long> _interop = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _interactive = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _nextCallId;
    private int _batches;

    private BlazorCircuitClient(HubConnection connection)
    {
        _connection = connection;
        connection.On<long, byte[]>("JS.RenderBatch", OnRenderBatch);
        connection.On<long, string, string, long, long, long>("JS.BeginInvokeJS", OnBeginInvokeJS);
        connection.On<string, bool, string>("JS.EndInvokeDotNet", OnEndInvokeDotNet);
        connection.On<long>("JS.EndUpdateRootComponents", _ => { });
        connection.On<long, string>("JS.AttachComponent", (_, _) => { });
        connection.On<string>("JS.Error", error =>
        {
            Error ??= "JS.Error: " + error;
            _interactive.TrySetException(new InvalidOperationException(error));
        });
        connection.Closed += e =>
        {
            Error ??= "closed: " + (e?.Message ?? "by the server");
            _interactive.TrySetException(new InvalidOperationException(Error));
            foreach (var call in _calls.Values)
            {
                call.TrySetException(new InvalidOperationException(Error));
            }
            return Task.CompletedTask;
        };
    }

    /// <summary>Called for every render batch, on the connection's receive loop, with when it arrived (Stopwatch ticks).</summary>
    public event Action<RenderBatchReader, long>? BatchReceived;

    /// <summary>The page's click handlers as the render batches so far describe them.</summary>
    public CircuitEventHandlers Handlers { get; } = new();

    /// <summary>Why the circuit stopped (the server's <c>JS.Error</c>, or the connection's close and its reason); null while live.</summary>
    public string? Error { get; private set; }

    public bool IsLive => Error is null && _connection.State == HubConnectionState.Connected;

    public int BatchesReceived => Volatile.Read(ref _batches);

    /// <summary>
    /// Opens <paramref name="path"/> (e.g. <c>meetings/{id}</c>) at <paramref name="baseAddress"/> on the session in
    /// <paramref name="cookies"/> and starts its circuit; completes once a render batch carries
    /// <paramref name="readyMarker"/> (the pages render <c>data-testid="interactive"</c> only once interactive).
    /// </summary>
    public static async Task<BlazorCircuitClient> StartAsync(Uri baseAddress, CookieContainer cookies, string path,
        string readyMarker = "data-testid=\"interactive\"", TimeSpan? timeout = null)
    {
        var page = new Uri(baseAddress, path);
        string html;
        using (var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, UseCookies = true, AllowAutoRedirect = false }))
        {
            http.Timeout = timeout ?? TimeSpan.FromSeconds(60);
            using var response = await http.GetAsync(page);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}.");
            }
            html = await response.Content.ReadAsStringAsync();
        }
        var markers = BlazorPageMarkers.Parse(html);
        if (markers.ServerComponents.Count == 0)
        {
            throw new InvalidOperationException($"GET {path}: no interactive server component markers in the page.");
        }
        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(baseAddress, "_blazor"), HttpTransportType.WebSockets, o => o.Cookies = cookies);
        builder.Services.AddSingleton<IHubProtocol>(new BlazorPackHubProtocol());
        var client = new BlazorCircuitClient(builder.Build());
        try
        {
            client.ReadyMarker = readyMarker;
            await client._connection.StartAsync();
            var circuitId = await client._connection.InvokeAsync<string?>("StartCircuit", baseAddress.ToString(), page.ToString(), "[]", markers.ApplicationState);
            if (string.IsNullOrEmpty(circuitId))
            {
                throw new InvalidOperationException($"StartCircuit for {path} was refused: {client.Error}");
            }
            await client._connection.SendAsync("UpdateRootComponents", markers.AddOperationsJson(), markers.ApplicationState);
            await client._interactive.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(60));
            return client;
        }
        catch
        {
            await client.DisposeAsync();
            throw;
        }
    }

    private string ReadyMarker { get; set; } = string.Empty;

    /// <summary>
    /// Clicks the element whose click handler is <paramref name="eventHandlerId"/>: <c>DispatchEventAsync</c> on the
    /// renderer's interop object, completed when the server has run the handler (its <c>JS.EndInvokeDotNet</c>).
    /// </summary>
    public async Task ClickAsync(ulong eventHandlerId)
    {
        var interop = await _interop.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var callId = Interlocked.Increment(ref _nextCallId).ToString(CultureInfo.InvariantCulture);
        var done = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        _calls[callId] = done;
        var descriptor = new { eventHandlerId, eventName = "click", eventFieldInfo = (object?)null };
        var mouse = new { type = "click", detail = 1, button = 0, buttons = 0, clientX = 0, clientY = 0 };
        var args = JsonSerializer.Serialize(new object[] { descriptor, mouse });
        await _connection.SendAsync("BeginInvokeDotNetFromJS", callId, (string?)null, "DispatchEventAsync", interop, args);
        if (!await done.Task.WaitAsync(TimeSpan.FromSeconds(60)))
        {
            throw new InvalidOperationException($"The click on handler {eventHandlerId} failed on the server.");
        }
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();

    private void OnRenderBatch(long batchId, byte[] bytes)
    {
        var now = Stopwatch.GetTimestamp();
        Interlocked.Increment(ref _batches);
        _ = _connection.SendAsync("OnRenderCompleted", batchId, (string?)null);
        var batch = new RenderBatchReader(bytes);
        Handlers.Apply(batch);
        if (!_interactive.Task.IsCompleted && batch.ContainsText(ReadyMarker))
        {
            _interactive.TrySetResult();
        }
        BatchReceived?.Invoke(batch, now);
    }

    /// <summary>
    /// A JS call from the server (identifier, JSON arguments, result type, target instance, call type). The renderer's
    /// interop object comes with <c>attachWebRendererInterop</c>; every call is answered as blazor.web.js answers a
    /// function that returned nothing: <c>[asyncHandle, true, null]</c>.
    /// </summary>
    private void OnBeginInvokeJS(long asyncHandle, string identifier, string argsJson, long resultType, long targetInstanceId, long callType)
    {
        if (identifier == AttachInterop && !_interop.Task.IsCompleted)
        {
            using var args = JsonDocument.Parse(argsJson);
            _interop.TrySetResult(args.RootElement[1].GetProperty("__dotNetObject").GetInt64());
        }
        if (asyncHandle != 0)
        {
            _ = _connection.SendAsync("EndInvokeJSFromDotNet", asyncHandle, true, $"[{asyncHandle.ToString(CultureInfo.InvariantCulture)},true,null]");
        }
    }

    private void OnEndInvokeDotNet(string callId, bool success, string resultOrError)
    {
        if (_calls.TryRemove(callId, out var call))
        {
            call.TrySetResult(success);
        }
    }
}
