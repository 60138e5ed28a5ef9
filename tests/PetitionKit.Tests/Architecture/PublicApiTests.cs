using System.Reflection;
using PetitionKit.Templates;
using PetitionKit.Word.Templates;

namespace PetitionKit.Tests.Architecture;

/// <summary>Reflection checks on the public surface, in NodaTime's manner.</summary>
public sealed class PublicApiTests
{
    // The Word engine and the legal layer, each its own assembly.
    private static readonly Assembly[] Libraries = [typeof(WordTemplate).Assembly, typeof(PetitionTemplate).Assembly];

    private static IEnumerable<Type> PublicTypes => Libraries.SelectMany(l => l.GetExportedTypes());

    [Fact]
    public void PublicClasses_AreSealedStaticOrAbstract()
    {
        var open = PublicTypes.Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract).Select(t => t.FullName);

        open.Should().BeEmpty();
    }

    [Fact]
    public void PublicSignatures_NameNoScribanOrOpenXmlType()
    {
        var leaks = PublicTypes
            .SelectMany(t => t.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .SelectMany(m => TypesIn(m).SelectMany(Flatten).Select(type => $"{t.Name}.{m.Name}: {type.FullName}")))
            .Where(s => s.Contains(": Scriban", StringComparison.Ordinal) || s.Contains(": DocumentFormat", StringComparison.Ordinal));

        leaks.Should().BeEmpty();
    }

    [Fact]
    public void ModelProperties_AreInitOnly()
    {
        var settable = PublicTypes
            .Where(t => string.Equals(t.Namespace, "PetitionKit.Model", StringComparison.Ordinal))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Where(p => p.SetMethod is { IsPublic: true } setter
                && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit)))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}");

        settable.Should().BeEmpty();
    }

    [Fact]
    public void PublicWritePaths_AreOnlyTheMarkedRenderCalls()
    {
        // Every public method that takes a destination stream writes a draft; each must be one of the render calls that
        // go through compiled, marked templates and the one package writer.
        var writers = PublicTypes
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.GetParameters().Any(p => p.ParameterType == typeof(Stream) && string.Equals(p.Name, "destination", StringComparison.Ordinal)))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .Order(StringComparer.Ordinal);

        writers.Should().BeSubsetOf([
            "PetitionDrafter.DraftAsync", "PetitionDrafter.RenderAsync", "PetitionDrafter.WriteChecklistAsync", "WordTemplate.RenderAsync", "WordTemplate.WriteChecklistAsync"]);
    }

    [Fact]
    public void MarkedPackage_CanOnlyBeMadeByTheMarkingStage()
    {
        var marked = typeof(PetitionKit.Word.Packaging.MarkedPackage);
        var token = typeof(PetitionKit.Word.Drafting.PackageMarking.Token);

        marked.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance).Should().OnlyContain(c => c.IsPrivate);
        token.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance).Should().OnlyContain(c => c.IsPrivate);
        typeof(PetitionKit.Word.Packaging.DraftPackageWriter).GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(m => m.GetParameters().Any(p => p.ParameterType == typeof(Stream)))
            .Should().OnlyContain(m => m.GetParameters()[0].ParameterType == marked);
    }

    private static IEnumerable<Type> Flatten(Type type) =>
        type.IsGenericType ? [type, .. type.GetGenericArguments().SelectMany(Flatten)] : type.HasElementType ? [type, .. Flatten(type.GetElementType()!)] : [type];

    private static IEnumerable<Type> TypesIn(MemberInfo member) => member switch
    {
        MethodInfo method => [method.ReturnType, .. method.GetParameters().Select(p => p.ParameterType)],
        PropertyInfo property => [property.PropertyType],
        FieldInfo field => [field.FieldType],
        ConstructorInfo constructor => constructor.GetParameters().Select(p => p.ParameterType),
        _ => [],
    };
}
