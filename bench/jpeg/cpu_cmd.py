#!/usr/bin/env python3
"""CPU time (user + sys of the child processes) of a shell command per image: N runs after one
warm-up; prints the median as images per CPU-second. Less disturbed by other processes on a
shared machine than wall time.
usage: cpu_cmd.py LABEL IMAGES_PER_RUN RUNS -- shell command..."""
import resource
import statistics
import subprocess
import sys

label, n_img, runs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
cmd = ' '.join(sys.argv[5:])


def cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


subprocess.run(cmd, shell=True, check=True)
ts = []
for _ in range(runs):
    c0 = cpu()
    subprocess.run(cmd, shell=True, check=True)
    ts.append(cpu() - c0)
m = statistics.median(ts)
print('%-34s CPU s/run median %.3f (min %.3f max %.3f)  => %.1f img/CPU-s' % (
    label, m, min(ts), max(ts), n_img / m))
