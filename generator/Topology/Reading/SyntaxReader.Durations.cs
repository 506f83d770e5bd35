using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Manifests.Generator.Topology.Reading;

internal sealed partial class SyntaxReader
{
    /// <summary>
    /// A <see cref="TimeSpan"/> the expression certainly has: <c>TimeSpan.Zero</c>, <c>TimeSpan.FromSeconds(0.5)</c> and
    /// the other <c>From…</c> factories, <c>new TimeSpan(h, m, s)</c>, a minus before any of them, through helpers.
    /// </summary>
    public TimeSpan? ReadDuration(ScopedExpression? expression)
    {
        if (expression is not { } given || Resolve(given) is not { } resolved)
        {
            return null;
        }

        switch (resolved.Syntax)
        {
            case PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression } minus:
                return ReadDuration(resolved.With(minus.Operand)) is { } value ? value.Negate() : null;
            case MemberAccessExpressionSyntax when Symbol(resolved) is IFieldSymbol { Name: nameof(TimeSpan.Zero) } field && IsTimeSpan(field.ContainingType):
                return TimeSpan.Zero;
        }

        switch (Operation(resolved))
        {
            case IInvocationOperation { TargetMethod: { IsStatic: true } method } call when IsTimeSpan(method.ContainingType) && call.Arguments.Length == 1:
                return Number(resolved, call.Arguments[0].Value) is { } amount && TicksPer(method.Name) is { } unit ? FromTicks(amount * unit) : null;
            case IObjectCreationOperation creation when IsTimeSpan(creation.Type):
                return FromParts(resolved, creation);
            default:
                return null;
        }
    }

    private TimeSpan? FromParts(ScopedExpression scope, IObjectCreationOperation creation)
    {
        // new TimeSpan(ticks), (hours, minutes, seconds), (days, hours, minutes, seconds[, milliseconds]).
        long[] units = creation.Arguments.Length switch
        {
            1 => new[] { 1L },
            3 => new[] { TimeSpan.TicksPerHour, TimeSpan.TicksPerMinute, TimeSpan.TicksPerSecond },
            4 => new[] { TimeSpan.TicksPerDay, TimeSpan.TicksPerHour, TimeSpan.TicksPerMinute, TimeSpan.TicksPerSecond },
            5 => new[] { TimeSpan.TicksPerDay, TimeSpan.TicksPerHour, TimeSpan.TicksPerMinute, TimeSpan.TicksPerSecond, TimeSpan.TicksPerMillisecond },
            _ => Array.Empty<long>(),
        };
        if (units.Length == 0)
        {
            return null;
        }

        var ticks = 0.0;
        for (var i = 0; i < units.Length; i++)
        {
            if (Number(scope, creation.Arguments[i].Value) is not { } part)
            {
                return null;
            }

            ticks += part * units[i];
        }

        return FromTicks(ticks);
    }

    private double? Number(ScopedExpression scope, IOperation argument)
    {
        var syntax = argument is IConversionOperation { IsImplicit: true } conversion ? conversion.Operand.Syntax : argument.Syntax;
        return syntax is ExpressionSyntax expression && Evaluate(scope.With(expression)) is { } value && value is int or long or double or float or decimal
            ? Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture)
            : null;
    }

    private static long? TicksPer(string factory) => factory switch
    {
        nameof(TimeSpan.FromDays) => TimeSpan.TicksPerDay,
        nameof(TimeSpan.FromHours) => TimeSpan.TicksPerHour,
        nameof(TimeSpan.FromMinutes) => TimeSpan.TicksPerMinute,
        nameof(TimeSpan.FromSeconds) => TimeSpan.TicksPerSecond,
        nameof(TimeSpan.FromMilliseconds) => TimeSpan.TicksPerMillisecond,
        "FromMicroseconds" => TimeSpan.TicksPerMillisecond / 1000,
        nameof(TimeSpan.FromTicks) => 1,
        _ => null,
    };

    private static TimeSpan? FromTicks(double ticks) =>
        Math.Abs(ticks) < TimeSpan.MaxValue.Ticks ? TimeSpan.FromTicks((long)Math.Round(ticks)) : null;

    private static bool IsTimeSpan(ITypeSymbol? type) =>
        type is { Name: nameof(TimeSpan), ContainingNamespace: { Name: nameof(System), ContainingNamespace.IsGlobalNamespace: true } };
}
