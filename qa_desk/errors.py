"""The one error type the command turns into a one-line message and exit code 2."""


class InputError(Exception):
    """Unreadable, invalid or hostile input; the message is one line for the user."""

    def __init__(self, message: str, path: str = "", line: int | None = None):
        self.path = path
        self.line = line
        where = path
        if path and line:
            where = f"{path}:{line}"
        text = f"{where}: {message}" if where else message
        super().__init__(" ".join(text.split()))
