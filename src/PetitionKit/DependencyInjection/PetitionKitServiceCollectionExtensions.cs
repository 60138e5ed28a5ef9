using Microsoft.Extensions.DependencyInjection.Extensions;
using PetitionKit.DependencyInjection;

// The namespace of IServiceCollection, as .NET's own Add… methods use, so AddPetitionKit needs no using of its own.
#pragma warning disable IDE0130
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Registers PetitionKit with an app's services.</summary>
public static class PetitionKitServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IPetitionDrafter"/> and <see cref="IPetitionTemplateStore"/> (singletons), the
    /// <see cref="PetitionKitOptions"/>, and <see cref="TimeProvider.System"/> unless the app registered its own clock.
    /// Bind the options from configuration with
    /// <c>services.Configure&lt;PetitionKitOptions&gt;(configuration.GetSection("PetitionKit"))</c>, or set them here.</summary>
    /// <param name="services">The app's services.</param>
    /// <param name="configure">Sets options in code, after configuration; null for none.</param>
    /// <returns>The same services, to chain calls.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddPetitionKit(this IServiceCollection services, Action<PetitionKitOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<PetitionKitOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IPetitionTemplateStore, PetitionTemplateStore>();
        services.TryAddSingleton<IPetitionDrafter, RegisteredPetitionDrafter>();
        return services;
    }
}
