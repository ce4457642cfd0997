"""newsflow's exception base: one class the CLI turns into a one-line message and exit status 2.

Expected trouble with a feed or a page is never an exception (it is a recorded outcome); these
are for problems that stop a whole run: an unreadable feed list, an unwritable warehouse, a bad
setting. Subclasses live next to the code that raises them and carry a message a user can act on.
"""


class NewsflowError(Exception):
    """A run cannot proceed for a reason the user can fix."""
