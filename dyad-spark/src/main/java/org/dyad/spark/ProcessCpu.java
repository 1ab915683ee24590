package org.dyad.spark;

import java.lang.management.ManagementFactory;

/**
 * CPU time this JVM has used, for the throughput report: on a shared machine wall-clock time
 * measures the neighbours too, while CPU seconds per sentence is what sizing a cluster needs. In
 * local mode the driver is the executor, so this is the coding's CPU. HotSpot/OpenJDK only (its
 * {@code com.sun.management} bean); elsewhere {@code -1}.
 */
final class ProcessCpu {
  private ProcessCpu() {}

  static long nanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : -1;
  }
}
