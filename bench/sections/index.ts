/** The sections of `npm run bench`, in the order they run. Add a figure: write a section, list it here. */
import { aggregateSection } from './aggregate';
import { bundleSection } from './bundle';
import { checkerSection } from './checker';
import { cliSection } from './cli';
import { engineSection } from './engine';
import { engineBrowserSection } from './engine-browser';
import { memorySection } from './memory';
import { officeSection } from './office';
import { readerSection } from './reader';
import type { BenchSection } from './types';

export const SECTIONS: readonly BenchSection[] = [
  officeSection,
  engineSection,
  engineBrowserSection,
  cliSection,
  readerSection,
  memorySection,
  bundleSection,
  checkerSection,
  aggregateSection,
];
