"""Browser-test fixtures, defined once for the folder so one Chromium, one ledger and one demo store serve every module."""

from api._ledger import ledger  # noqa: F401  (fixture)
from web._browser import browser, live_server, page  # noqa: F401  (fixtures)
from web._demo import demo, demo_server  # noqa: F401  (fixtures)
