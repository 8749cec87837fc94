using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

// Usage: BlazorScriptExtractor <assembly> <resource name> <output file>
// A managed manifest resource is stored as a 4-byte little-endian length followed by its bytes.
if (args.Length != 3)
{
    Console.Error.WriteLine("usage: BlazorScriptExtractor <assembly> <resource> <output>");
    return 2;
}

var (assemblyPath, resourceName, outputPath) = (args[0], args[1], args[2]);
using var stream = File.OpenRead(assemblyPath);
using var pe = new PEReader(stream);
var metadata = pe.GetMetadataReader();
foreach (var handle in metadata.ManifestResources)
{
    var resource = metadata.GetManifestResource(handle);
    if (metadata.GetString(resource.Name) != resourceName)
    {
        continue;
    }

    var directory = pe.PEHeaders.CorHeader!.ResourcesDirectory;
    var block = pe.GetSectionData(directory.RelativeVirtualAddress);
    var reader = block.GetReader((int)resource.Offset, block.Length - (int)resource.Offset);
    var bytes = reader.ReadBytes(reader.ReadInt32());
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outputPath))!);
    File.WriteAllBytes(outputPath, bytes);
    Console.WriteLine($"{resourceName}: {bytes.Length} bytes -> {outputPath}");
    return 0;
}

Console.Error.WriteLine($"resource {resourceName} not found in {assemblyPath}");
return 1;
