using System.Runtime.InteropServices;
using System.Text;

namespace PetitionKit.Cli.Io;

/// <summary>What, if anything, stands at a path, seen without following a symbolic link; an output may replace only a
/// regular file. .NET's file attributes cannot tell a named pipe or a device from a file, so on Unix the runtime's own
/// native helper is asked, the one <c>File</c> and <c>FileInfo</c> use.</summary>
internal static class PathKind
{
    // The file-type bits of st_mode, as the runtime's helper reports them on every Unix.
    private const int TypeMask = 0xF000;
    private const int NamedPipe = 0x1000;
    private const int CharacterDevice = 0x2000;
    private const int Folder = 0x4000;
    private const int BlockDevice = 0x6000;
    private const int RegularFile = 0x8000;
    private const int SymbolicLink = 0xA000;
    private const int Socket = 0xC000;

    /// <summary>Describes what stands at the path when it is neither missing nor a regular file, such as
    /// <c>a named pipe (FIFO)</c>; null when an output may be written there.</summary>
    public static string? NotARegularFile(string path)
    {
        var full = Path.GetFullPath(path);
        if (!OperatingSystem.IsWindows() && UnixType(full) is { } type)
        {
            return type switch
            {
                RegularFile => null,
                SymbolicLink => Link(full),
                NamedPipe => "a named pipe (FIFO)",
                CharacterDevice => "a character device",
                BlockDevice => "a block device",
                Folder => "a folder",
                Socket => "a socket",
                _ => "something other than a file",
            };
        }

        var info = new FileInfo(full);
        if (!info.Exists && !Directory.Exists(full) && info.LinkTarget is null)
        {
            return null;
        }

        return info.LinkTarget is not null ? Link(full)
            : info.Attributes.HasFlag(FileAttributes.Directory) ? "a folder"
            : null;
    }

    private static string Link(string path) => $"a symbolic link (to '{new FileInfo(path).LinkTarget}')";

    /// <summary>The file type at the path, or null when nothing is there (or the helper cannot say, and the
    /// attributes are asked instead).</summary>
    private static int? UnixType(string path)
    {
        try
        {
            return Native.LStat(Encoding.UTF8.GetBytes(path + "\0"), out var status) == 0 ? status.Mode & TypeMask : null;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The first fields of the helper's status record, which have kept this layout in every .NET release; the
    /// size leaves room for the fields after them.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 512)]
    private struct FileStatus
    {
        public int Flags;
        public int Mode;
    }

    private static class Native
    {
        [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat")]
        public static extern int LStat(byte[] path, out FileStatus status);
    }
}
