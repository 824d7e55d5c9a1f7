namespace NewsClaims.App.Configuration;

/// <summary>A configuration error: the message is one line naming the file, the outlet and the field.</summary>
public sealed class ConfigException(string message) : Exception(message);
