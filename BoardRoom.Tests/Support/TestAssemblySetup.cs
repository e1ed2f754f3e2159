using System.Runtime.CompilerServices;

namespace BoardRoom.Tests.Support;

internal static class TestAssemblySetup
{
    /// <summary>
    /// Integration and browser tests block threads while they wait on other processes; on a 2-core machine the thread
    /// pool would otherwise grow too slowly and starve bunit's dispatcher. Raise its floor once for the assembly.
    /// </summary>
    [ModuleInitializer]
    internal static void RaiseThreadPoolMinimum() => ThreadPool.SetMinThreads(Math.Max(32, Environment.ProcessorCount * 8), 32);
}
