using System.Threading.Channels;

namespace BoardRoom.App.Features.Access;

/// <summary>
/// "Forgot password?" requests, handed from the form to <see cref="PasswordResetMailer"/>. The form only writes the
/// email here and answers at once, so its answer and its timing are the same whether or not an account exists;
/// looking the account up, making the token and queueing the email happen afterwards.
/// </summary>
public sealed class PasswordResetRequests
{
    // Bounded: a flood of requests drops the newest rather than growing without limit.
    private readonly Channel<string> _requests = Channel.CreateBounded<string>(new BoundedChannelOptions(1000)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
        SingleReader = true,
    });

    public void Add(string email)
    {
        if (!string.IsNullOrWhiteSpace(email) && email.Length <= 320)
        {
            _requests.Writer.TryWrite(email.Trim());
        }
    }

    public IAsyncEnumerable<string> ReadAllAsync(CancellationToken cancellationToken) => _requests.Reader.ReadAllAsync(cancellationToken);
}
