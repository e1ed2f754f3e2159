namespace BoardRoom.Core.Common;

/// <summary>
/// A request that breaks a rule of the domain. The message is written for the person who made the request:
/// pages and hub methods show it as it is, and nothing has been changed when it is thrown.
/// </summary>
public sealed class DomainRuleException(string message) : Exception(message);
