"""The one exception a subcommand raises for a problem the user can fix."""


class CommandError(Exception):
    """Printed as one line without a traceback; the message says what to do."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code
