using NewsBot.CommandLine;

return await NewsBotCommandLine.InvokeAsync(args).ConfigureAwait(false);
