using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Palermo.Web.Localization;

/// <summary>
/// Form values that cannot be read (a date that is not a date, a number that is not a number) get messages in
/// the person's language instead of the framework's English ones. The localizer is read per message, so the
/// request's culture applies.
/// </summary>
public sealed class LocalizedModelBinding(IStringLocalizerFactory factory) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var text = factory.Create(typeof(SharedResource));
        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => text["Validation.ValueInvalidFor", value, field]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => text["Validation.ValueInvalid", value]);
        messages.SetUnknownValueIsInvalidAccessor(field => text["Validation.ValueInvalidFor", "", field]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => text["Validation.ValueInvalid", ""]);
        messages.SetValueIsInvalidAccessor(value => text["Validation.ValueInvalid", value]);
        messages.SetValueMustBeANumberAccessor(field => text["Validation.MustBeNumber", field]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => text["Validation.MustBeNumber", ""]);
        messages.SetMissingBindRequiredValueAccessor(_ => text["Validation.ValueRequired"]);
        messages.SetMissingKeyOrValueAccessor(() => text["Validation.ValueRequired"]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => text["Validation.ValueRequired"]);
        messages.SetValueMustNotBeNullAccessor(_ => text["Validation.ValueRequired"]);
    }
}
