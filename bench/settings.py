"""Production settings plus the constant views of `make bench` (bench/urls.py); never used by the site itself."""

from itkonzept.settings.env import env_str
from itkonzept.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
# Where the runner stored the bytes each constant view answers with.
BENCH_KONSTANT_DIR = env_str("BENCH_KONSTANT_DIR")
try:
    # The baseline is a view that renders nothing: never answered from the page cache.
    SEITENCACHE_EXCLUDED_PATHS = [*SEITENCACHE_EXCLUDED_PATHS, "/_bench/"]  # noqa: F405
except NameError:  # a checkout without the page cache
    pass
