/** Application, built on the proof core ({@code nnbasics.compare}). The {@code nnbasics} command line: one picocli command per concept of the guide. */
package nnbasics.cli;
