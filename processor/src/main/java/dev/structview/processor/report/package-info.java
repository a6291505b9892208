/**
 * What the processor reports: the message catalogue ({@link dev.structview.processor.report.Diagnostic})
 * and the problems found in an annotated interface, each aimed at its culprit.
 *
 * <p>A leaf: it imports no other processor package, so that every phase (read, bind) can report
 * and the processor step above them all can place the reports, without a package cycle.
 */
package dev.structview.processor.report;
