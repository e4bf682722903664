import sys

from dateline.cli import main

sys.exit(main())
