/** A month of the revenue chart (domain/forecast/portfolio-forecast.ts `MonthPoint`). */
export interface MonthPoint {
	month: string;
	label: string;
	actualCents: number;
	forecastCents: number;
	lowCents: number | null;
	highCents: number | null;
	kind: 'past' | 'running' | 'future';
}
