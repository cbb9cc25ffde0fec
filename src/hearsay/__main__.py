"""``python -m hearsay``: the same as the ``hearsay`` command."""

from hearsay.cli.main import main

if __name__ == "__main__":
    main()
