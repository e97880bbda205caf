namespace Palermo.Testing;

/// <summary>Finds the repository root (the folder with Palermo.slnx) from a test's output folder.</summary>
public static class RepositoryPaths
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Palermo.slnx"))) return dir.FullName;
            throw new DirectoryNotFoundException("Palermo.slnx not found above " + AppContext.BaseDirectory);
        }
    }

    public static string Shared => Path.Combine(Path.GetDirectoryName(Root)!, "shared");
}
