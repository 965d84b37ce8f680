using NewsBot.Discord.Rest;

namespace NewsBot.Discord.Tests.Rest;

public sealed class DiscordErrorTests
{
    [Fact]
    public void Nested_errors_become_dotted_field_paths_with_their_messages()
    {
        var error = DiscordError.Parse("""
            {"code": 50035, "message": "Invalid Form Body", "errors": {
              "0": {"name": {"_errors": [{"code": "APPLICATION_COMMAND_INVALID_NAME", "message": "Command name is invalid"}]}},
              "1": {"options": {"3": {"description": {"_errors": [
                {"code": "BASE_TYPE_BAD_LENGTH", "message": "Must be between 1 and 100 in length."}]}}}}}}
            """);

        Assert.Equal(50035, error.Code);
        Assert.Equal("Invalid Form Body", error.Message);
        Assert.Equal(
            [new DiscordFieldError("0.name", "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid"),
             new DiscordFieldError("1.options.3.description", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.")],
            error.FieldErrors);
    }

    [Fact]
    public void Body_that_is_not_json_is_kept_as_a_short_message()
    {
        var error = DiscordError.Parse("<html>" + new string('x', 500) + "</html>");

        Assert.Equal(0, error.Code);
        Assert.Equal(201, error.Message.Length);
        Assert.Empty(error.FieldErrors);
    }

    [Fact]
    public void Error_without_field_errors_names_code_and_message()
    {
        var exception = new DiscordRestException("POST /channels/{channel_id}/messages", System.Net.HttpStatusCode.Forbidden,
            DiscordError.Parse("""{"code": 50013, "message": "Missing Permissions"}"""));

        Assert.Equal("Discord refused POST /channels/{channel_id}/messages with 403 Forbidden: Missing Permissions (code 50013).", exception.Message);
    }
}
