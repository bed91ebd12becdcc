/** ND4J's native settings (threads, JavaCPP), applied by the project itself at the first use of ND4J. */
package nnbasics.dl4j.runtime;
