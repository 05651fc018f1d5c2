"""``python -m okrworkshop``: the same as the ``okrworkshop`` command."""

import sys

from okrworkshop.cli import main

if __name__ == "__main__":
    sys.exit(main())
