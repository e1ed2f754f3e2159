using BoardRoom.Core.Common;

namespace BoardRoom.App.Features.Access;

/// <summary>
/// The two exceptions whose message is written for the person who asked: a rule of the domain they broke
/// (<see cref="DomainRuleException"/>) and a right they lack (<see cref="AccessDeniedException"/>). Components show
/// either next to the control that caused it (<c>catch (Exception e) when (Refusal.IsShown(e))</c>); anything else
/// is a fault and goes to the error page and the log.
/// </summary>
public static class Refusal
{
    public static bool IsShown(Exception e) => e is DomainRuleException or AccessDeniedException;
}
