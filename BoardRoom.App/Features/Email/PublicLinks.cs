using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace BoardRoom.App.Features.Email;

/// <summary>
/// Absolute addresses for links that leave the app (emails): under <see cref="EmailOptions.PublicBaseUrl"/> when
/// set, otherwise under the first address Kestrel listens on (a wildcard host read as localhost).
/// </summary>
public sealed class PublicLinks(IOptions<EmailOptions> options, IServer? server = null)
{
    public Uri BaseUri
    {
        get
        {
            if (!string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl))
            {
                return new Uri(options.Value.PublicBaseUrl.TrimEnd('/') + "/");
            }
            var address = server?.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost:5180";
            address = address.Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal)
                .Replace("://[::]", "://localhost", StringComparison.Ordinal)
                .Replace("://+", "://localhost", StringComparison.Ordinal)
                .Replace("://*", "://localhost", StringComparison.Ordinal);
            return new Uri(address.TrimEnd('/') + "/");
        }
    }

    /// <summary>The absolute address of an app path such as "/boards/rdfb".</summary>
    public string Absolute(string path) =>
        Uri.TryCreate(path, UriKind.Absolute, out var already) && already.Scheme is "http" or "https"
            ? path
            : new Uri(BaseUri, path.TrimStart('/')).ToString();
}
