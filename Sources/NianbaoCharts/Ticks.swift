/// "Nice" axis ticks in 1-2-5 steps, always including zero for counts.
public enum Ticks {
    /// Ticks from 0 (or below, for negatives) covering `maximum`, about `count` of them.
    ///
    /// The step is the smallest of 1, 2 or 5 × 10ⁿ that needs at most `count`
    /// intervals; the last tick is the first multiple of the step at or above
    /// the data. All-zero data gets the ticks 0 and 1.
    public static func nice(minimum: Double = 0, maximum: Double, count: Int = 5) -> [Double] {
        let low = min(0, minimum), high = max(0, maximum)
        guard high > low else { return [0, 1] }
        let rough = (high - low) / Double(max(1, count))
        var magnitude = 1.0
        while magnitude * 10 <= rough { magnitude *= 10 }
        while magnitude > rough { magnitude /= 10 }
        var step = magnitude
        for factor in [1.0, 2.0, 5.0, 10.0] where magnitude * factor >= rough {
            step = magnitude * factor
            break
        }
        if step < 1 && low == 0 && high.rounded() == high { step = 1 }
        let first = (low / step).rounded(.down) * step
        let last = (high / step).rounded(.up) * step
        var ticks: [Double] = []
        var value = first
        while value <= last + step / 2 {
            ticks.append(abs(value) < step / 1e6 ? 0 : value)
            value += step
        }
        return ticks
    }
}
