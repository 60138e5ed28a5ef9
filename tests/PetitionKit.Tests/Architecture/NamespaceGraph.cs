using System.Reflection;
using System.Reflection.Emit;

namespace PetitionKit.Tests.Architecture;

/// <summary>Which namespace of an assembly uses which, read from the compiled code: base types, interfaces, fields,
/// signatures, attributes and every type, method and field a method body names (so a call written fully qualified, with
/// no <c>using</c>, counts like any other). Lambdas, iterators and async methods count for the type that declares them.</summary>
internal sealed class NamespaceGraph
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    private readonly Dictionary<string, Dictionary<string, string>> _edges = new(StringComparer.Ordinal);

    private NamespaceGraph(IReadOnlySet<string> namespaces) => Namespaces = namespaces;

    /// <summary>Gets the namespaces the graph is drawn over; a reference to any other namespace is not an edge.</summary>
    public IReadOnlySet<string> Namespaces { get; }

    /// <summary>Reads the edges among <paramref name="namespaces"/> in <paramref name="assembly"/>.</summary>
    public static NamespaceGraph Of(Assembly assembly, IEnumerable<string> namespaces)
    {
        var graph = new NamespaceGraph(namespaces.ToHashSet(StringComparer.Ordinal));
        foreach (var type in assembly.GetTypes())
        {
            if (NamespaceOf(type) is { } from && graph.Namespaces.Contains(from))
            {
                foreach (var (used, member) in Uses(type))
                {
                    graph.Add(from, used, $"{Outermost(type).Name}{member} uses {used.Name}");
                }
            }
        }

        return graph;
    }

    /// <summary>Gets one example of what makes <paramref name="from"/> use <paramref name="to"/>, or null for no edge.</summary>
    public string? Example(string from, string to) =>
        _edges.TryGetValue(from, out var targets) && targets.TryGetValue(to, out var example) ? example : null;

    /// <summary>Returns every cycle, each as the namespaces in order with the first repeated at the end and the reason
    /// for each step, so a failure says which type to change.</summary>
    public IReadOnlyList<string> Cycles()
    {
        var cycles = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in Namespaces.Order(StringComparer.Ordinal))
        {
            // Each cycle is reported once, from its alphabetically first namespace.
            Walk(start, start, [start], seen, cycles);
        }

        return cycles;
    }

    private void Walk(string start, string at, List<string> path, HashSet<string> seen, List<string> cycles)
    {
        if (!_edges.TryGetValue(at, out var targets))
        {
            return;
        }

        foreach (var next in targets.Keys.Order(StringComparer.Ordinal))
        {
            if (string.Equals(next, start, StringComparison.Ordinal))
            {
                var steps = path.Append(start).ToList();
                var line = string.Join(" -> ", steps) + ": " + string.Join("; ", steps.Zip(steps.Skip(1), (a, b) => Example(a, b)));
                if (seen.Add(line))
                {
                    cycles.Add(line);
                }
            }
            else if (string.CompareOrdinal(next, start) > 0 && !path.Contains(next, StringComparer.Ordinal))
            {
                path.Add(next);
                Walk(start, next, path, seen, cycles);
                path.RemoveAt(path.Count - 1);
            }
        }
    }

    private void Add(string from, Type used, string example)
    {
        if (NamespaceOf(used) is not { } to || string.Equals(from, to, StringComparison.Ordinal) || !Namespaces.Contains(to))
        {
            return;
        }

        if (!_edges.TryGetValue(from, out var targets))
        {
            _edges[from] = targets = new(StringComparer.Ordinal);
        }

        targets.TryAdd(to, example);
    }

    private static Type Outermost(Type type) => type.DeclaringType is { } outer ? Outermost(outer) : type;

    private static string? NamespaceOf(Type type) => Outermost(type).Namespace;

    private static IEnumerable<(Type Used, string Member)> Uses(Type type)
    {
        var direct = new List<Type>();
        if (type.BaseType is { } baseType)
        {
            direct.Add(baseType);
        }

        direct.AddRange(type.GetInterfaces());
        direct.AddRange(type.GetCustomAttributesData().Select(a => a.AttributeType));
        foreach (var used in direct.SelectMany(Flatten))
        {
            yield return (used, string.Empty);
        }

        foreach (var member in type.GetMembers(Declared))
        {
            foreach (var used in Signature(member).SelectMany(Flatten))
            {
                yield return (used, "." + member.Name);
            }

            if (member is MethodBase method)
            {
                foreach (var used in Body(method).SelectMany(Flatten))
                {
                    yield return (used, "." + member.Name);
                }
            }
        }
    }

    private static List<Type> Signature(MemberInfo member)
    {
        var types = member.GetCustomAttributesData().Select(a => a.AttributeType).ToList();
        switch (member)
        {
            case FieldInfo field:
                types.Add(field.FieldType);
                break;
            case PropertyInfo property:
                types.Add(property.PropertyType);
                break;
            case EventInfo { EventHandlerType: { } handler }:
                types.Add(handler);
                break;
            case MethodBase method:
                types.AddRange(method.GetParameters().Select(p => p.ParameterType));
                if (method is MethodInfo info)
                {
                    types.Add(info.ReturnType);
                }

                break;
        }

        return types;
    }

    // The types, methods and fields the method's IL names, read token by token.
    private static IEnumerable<Type> Body(MethodBase method)
    {
        if (method.GetMethodBody() is not { } body || body.GetILAsByteArray() is not { } il)
        {
            yield break;
        }

        foreach (var local in body.LocalVariables)
        {
            yield return local.LocalType;
        }

        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var at = 0;
        while (at < il.Length)
        {
            var value = il[at] == 0xFE ? (short)(0xFE00 | il[at + 1]) : il[at];
            var opCode = OpCodesByValue[value];
            at += opCode.Size;
            switch (opCode.OperandType)
            {
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType:
                    var member = method.Module.ResolveMember(BitConverter.ToInt32(il, at), typeArguments, methodArguments);
                    foreach (var used in Named(member))
                    {
                        yield return used;
                    }

                    at += 4;
                    break;
                case OperandType.InlineSwitch:
                    at += 4 + (4 * BitConverter.ToInt32(il, at));
                    break;
                default:
                    at += OperandSize(opCode.OperandType);
                    break;
            }
        }
    }

    private static IEnumerable<Type> Named(MemberInfo? member) => member switch
    {
        Type type => [type],
        MethodInfo method => [method.DeclaringType!, .. method.IsGenericMethod ? method.GetGenericArguments() : []],
        { DeclaringType: { } declaring } => [declaring],
        _ => [],
    };

    private static int OperandSize(OperandType operand) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        _ => 4,
    };

    // A List<CatalogClock>, a CatalogClock[] or a ref CatalogClock uses CatalogClock.
    private static IEnumerable<Type> Flatten(Type type)
    {
        if (type.HasElementType)
        {
            return Flatten(type.GetElementType()!);
        }

        return type.IsGenericType && !type.IsGenericTypeDefinition
            ? type.GetGenericArguments().SelectMany(Flatten).Prepend(type.GetGenericTypeDefinition())
            : type.IsGenericParameter ? [] : [type];
    }
}
