#!/usr/bin/env python3
"""django-imagekit's cold generation of the corpus JPEGs ({% thumbnail '200x200' %}, as the
peer benchmark bench_cold.py renders it), timed in CPU time of this process per image.
usage: PEER_MEDIA=/tmp/x /usr/bin/python3 peer_cpu.py PEER_BENCH_DIR [passes]"""
import os
import statistics
import sys
import time

sys.path.insert(0, sys.argv[1])
from common import *  # noqa: E402,F401,F403

passes = int(sys.argv[2]) if len(sys.argv) > 2 else 3
t = tpl('one_thumbnail.html')  # noqa: F405
prepare_media()  # noqa: F405
rates = []
for _ in range(passes):
    clear_cache_dir()  # noqa: F405
    clear_state()  # noqa: F405
    names = jpeg_names()  # noqa: F405
    c0 = time.process_time()
    for n in names:
        assert '<img' in t.render({'img': photo(n)})  # noqa: F405
    rates.append(len(names) / (time.process_time() - c0))
print('django-imagekit cold thumbnail, JPEG  %.2f img/CPU-s (median of %d passes,'
      ' min %.2f max %.2f)' % (statistics.median(rates), passes, min(rates), max(rates)))
